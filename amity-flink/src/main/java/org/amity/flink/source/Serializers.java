package org.amity.flink.source;

import org.amity.event.Event;
import org.apache.flink.api.common.typeinfo.TypeInformation;

/** The types of the records the job sends between operators and keeps in state. */
public final class Serializers {
  /**
   * The type of event streams: handled by {@link EventSerializer}, not Flink's POJO analysis (whose
   * generic fallback cannot rebuild the core's immutable lists). Give it to {@code returns(...)} of
   * operators that emit events.
   */
  public static final TypeInformation<Event> EVENT =
      new ImmutableType<>(Event.class, EventSerializer.INSTANCE);

  /** The type of the source's output, handled by {@link ParsedLineSerializer}. */
  public static final TypeInformation<ParsedLine> PARSED_LINE =
      new ImmutableType<>(ParsedLine.class, ParsedLineSerializer.INSTANCE);

  private Serializers() {}
}
