package org.amity.flink.sink;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.apache.flink.core.io.SimpleVersionedSerializer;

/** Keeps pending part files in checkpoints. */
final class PartFileSerializer implements SimpleVersionedSerializer<PartFile> {
  @Override
  public int getVersion() {
    return 1;
  }

  @Override
  public byte[] serialize(PartFile p) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeUTF(p.pending());
      out.writeUTF(p.committed());
    }
    return bytes.toByteArray();
  }

  @Override
  public PartFile deserialize(int version, byte[] serialized) throws IOException {
    if (version != 1) {
      throw new IOException("unknown part file version " + version);
    }
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(serialized))) {
      return new PartFile(in.readUTF(), in.readUTF());
    }
  }
}
