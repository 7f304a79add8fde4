package org.amity.flink.source;

import java.io.IOException;
import org.amity.ingest.Reject;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/** Flink's serializer for {@link ParsedLine} (see {@link Serializers#PARSED_LINE}). */
public final class ParsedLineSerializer extends ImmutableSerializer<ParsedLine> {
  private static final long serialVersionUID = 1L;

  static final ParsedLineSerializer INSTANCE = new ParsedLineSerializer();

  @Override
  public void serialize(ParsedLine p, DataOutputView out) throws IOException {
    out.writeInt(p.ingestId());
    out.writeLong(p.line());
    out.writeBoolean(p.isEvent());
    if (p.isEvent()) {
      EventCodec.write(out, p.event());
    } else {
      EventCodec.writeString(out, p.reject().file());
      EventCodec.writeString(out, p.reject().reason());
      EventCodec.writeString(out, p.sha256());
    }
  }

  @Override
  public ParsedLine deserialize(DataInputView in) throws IOException {
    int ingestId = in.readInt();
    long line = in.readLong();
    if (in.readBoolean()) {
      return ParsedLine.event(EventCodec.read(in), ingestId, line);
    }
    String file = EventCodec.readString(in);
    String reason = EventCodec.readString(in);
    return ParsedLine.reject(new Reject(file, line, reason), ingestId, EventCodec.readString(in));
  }

  @Override
  public TypeSerializerSnapshot<ParsedLine> snapshotConfiguration() {
    return new Snapshot();
  }

  /** Restores the serializer from a checkpoint; the format has one version so far. */
  public static final class Snapshot extends SimpleTypeSerializerSnapshot<ParsedLine> {
    public Snapshot() {
      super(() -> INSTANCE);
    }
  }
}
