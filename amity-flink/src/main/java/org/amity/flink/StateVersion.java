package org.amity.flink;

/**
 * The layout of what the job keeps in state, named in every stateful operator's id so that a
 * savepoint is restored only by a job that keeps its state the same way.
 *
 * <p>Flink maps a savepoint's state to operators by id and, unless told to drop what it cannot map
 * ({@code --allowNonRestoredState}), refuses to start a job that has no operator for some of it.
 * With the layout in every id, a savepoint of a job that kept its counts, coverage or deaths
 * another way is refused at start, instead of being read into the new classes. Change {@link
 * #CURRENT} whenever a class kept in state (or sent through a stateful operator's state) changes
 * its fields or their meaning; a job started afresh rereads its input.
 */
public final class StateVersion {
  /** The present layout: the round in which it last changed. */
  public static final String CURRENT = "s34";

  private StateVersion() {}

  /** The id of the stateful operator {@code name} under the present layout. */
  public static String uid(String name) {
    return uid(name, CURRENT);
  }

  /** The id of the stateful operator {@code name} under the layout {@code layout}. */
  static String uid(String name, String layout) {
    return name + "@" + layout;
  }
}
