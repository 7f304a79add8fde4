package org.amity.flink.source;

/**
 * The {@code ingest_id} of a file in the cluster output. The embedded store numbers files from a
 * sequence as it logs them; a distributed job has no such log, so the id is derived from the file's
 * path: stable across restarts and parallel readers, the same for the same path in every run. Two
 * paths may collide (a 31-bit hash); the id is provenance, never a key.
 */
public final class FileIds {
  private FileIds() {}

  public static int of(String path) {
    return path.hashCode() & 0x7fffffff;
  }
}
