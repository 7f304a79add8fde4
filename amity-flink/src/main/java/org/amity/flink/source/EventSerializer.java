package org.amity.flink.source;

import java.io.IOException;
import org.amity.event.Event;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/** Flink's serializer for {@link Event} (see {@link Serializers#EVENT}). */
public final class EventSerializer extends ImmutableSerializer<Event> {
  private static final long serialVersionUID = 1L;

  static final EventSerializer INSTANCE = new EventSerializer();

  @Override
  public void serialize(Event e, DataOutputView target) throws IOException {
    EventCodec.write(target, e);
  }

  @Override
  public Event deserialize(DataInputView source) throws IOException {
    return EventCodec.read(source);
  }

  @Override
  public TypeSerializerSnapshot<Event> snapshotConfiguration() {
    return new Snapshot();
  }

  /** Restores the serializer from a checkpoint; the format has one version so far. */
  public static final class Snapshot extends SimpleTypeSerializerSnapshot<Event> {
    public Snapshot() {
      super(() -> INSTANCE);
    }
  }
}
