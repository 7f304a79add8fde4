package org.amity.flink.source;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.io.Serializable;
import org.amity.ingest.Reject;

/** Flink's serializer for {@link ParsedLine} (registered by {@link Serializers}). */
public final class ParsedLineSerializer extends Serializer<ParsedLine> implements Serializable {
  private static final long serialVersionUID = 1L;

  public ParsedLineSerializer() {
    setImmutable(true);
  }

  @Override
  public void write(Kryo kryo, Output out, ParsedLine p) {
    out.writeInt(p.ingestId());
    out.writeLong(p.line());
    out.writeBoolean(p.isEvent());
    if (p.isEvent()) {
      EventCodec.write(out, p.event());
    } else {
      out.writeString(p.reject().file());
      out.writeString(p.reject().reason());
      out.writeString(p.sha256());
    }
  }

  @Override
  public ParsedLine read(Kryo kryo, Input in, Class<? extends ParsedLine> type) {
    int ingestId = in.readInt();
    long line = in.readLong();
    if (in.readBoolean()) {
      return ParsedLine.event(EventCodec.read(in), ingestId, line);
    }
    String file = in.readString();
    String reason = in.readString();
    return ParsedLine.reject(new Reject(file, line, reason), ingestId, in.readString());
  }
}
