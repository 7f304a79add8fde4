package org.amity.flink.source;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.io.Serializable;
import org.amity.event.Event;

/**
 * Flink's serializer for {@link Event} (registered by {@link Serializers}); events are immutable,
 * so copies between chained operators are the same object.
 */
public final class EventSerializer extends Serializer<Event> implements Serializable {
  private static final long serialVersionUID = 1L;

  public EventSerializer() {
    setImmutable(true);
  }

  @Override
  public void write(Kryo kryo, Output output, Event e) {
    EventCodec.write(output, e);
  }

  @Override
  public Event read(Kryo kryo, Input input, Class<? extends Event> type) {
    return EventCodec.read(input);
  }
}
