package org.amity.store;

/**
 * A heavy read was stopped at its time limit (its statement cancelled, or never started): the store
 * is fine and the same read may be tried again later.
 */
public final class ReadStopped extends StoreException {
  private static final long serialVersionUID = 1L;

  public ReadStopped(String message, Throwable cause) {
    super(message, cause);
  }
}
