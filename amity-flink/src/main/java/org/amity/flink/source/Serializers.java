package org.amity.flink.source;

import org.amity.event.Event;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.GenericTypeInfo;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** Registers the serializers of the records the job sends between operators and keeps in state. */
public final class Serializers {
  /**
   * The type of event streams: handled by {@link EventSerializer}, not Flink's POJO analysis (whose
   * generic fallback cannot rebuild the core's immutable lists). Give it to {@code returns(...)} of
   * operators that emit events.
   */
  public static final TypeInformation<Event> EVENT = new GenericTypeInfo<>(Event.class);

  /** The type of the source's output, handled by {@link ParsedLineSerializer}. */
  public static final TypeInformation<ParsedLine> PARSED_LINE =
      new GenericTypeInfo<>(ParsedLine.class);

  private Serializers() {}

  public static void register(StreamExecutionEnvironment env) {
    SerializerConfigImpl config = (SerializerConfigImpl) env.getConfig().getSerializerConfig();
    config.addDefaultKryoSerializer(Event.class, EventSerializer.class);
    config.addDefaultKryoSerializer(ParsedLine.class, ParsedLineSerializer.class);
  }
}
