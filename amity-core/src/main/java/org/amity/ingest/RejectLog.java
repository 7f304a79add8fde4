package org.amity.ingest;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The rejects of one file, kept in memory up to a limit and spilled to a temporary file beyond it,
 * so that a file of millions of bad lines is still fully accounted for in constant memory.
 */
public final class RejectLog implements AutoCloseable {
  static final int IN_MEMORY = 20_000;

  private final String file;
  private final List<Reject> memory = new ArrayList<>();
  private Path spill;
  private BufferedWriter spillWriter;
  private long count;
  private Consumer<Reject> listener;

  public RejectLog(String file) {
    this.file = file;
  }

  /**
   * Hands every reject added from now on to {@code listener} as well, in the order they come (a
   * streaming reader forwards them as they happen rather than after the file).
   */
  public synchronized void listen(Consumer<Reject> listener) {
    this.listener = listener;
  }

  public synchronized void add(long line, String reason) {
    count++;
    if (listener != null) {
      listener.accept(new Reject(file, line, reason));
    }
    if (memory.size() < IN_MEMORY) {
      memory.add(new Reject(file, line, reason));
      return;
    }
    try {
      if (spillWriter == null) {
        spill = Files.createTempFile("amity-rejects", ".tsv");
        spillWriter = Files.newBufferedWriter(spill, StandardCharsets.UTF_8);
      }
      spillWriter.write(Long.toString(line));
      spillWriter.write('\t');
      spillWriter.write(reason.replace('\n', ' ').replace('\t', ' '));
      spillWriter.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("cannot spill rejects to " + spill, e);
    }
  }

  public synchronized long count() {
    return count;
  }

  /** Hands every reject to {@code sink}, those in memory first. */
  public synchronized void forEach(Consumer<Reject> sink) {
    memory.forEach(sink);
    if (spill == null) {
      return;
    }
    try {
      spillWriter.flush();
      try (BufferedReader r = Files.newBufferedReader(spill, StandardCharsets.UTF_8)) {
        String l;
        while ((l = r.readLine()) != null) {
          int tab = l.indexOf('\t');
          sink.accept(new Reject(file, Long.parseLong(l.substring(0, tab)), l.substring(tab + 1)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read spilled rejects " + spill, e);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    if (spillWriter != null) {
      spillWriter.close();
      Files.deleteIfExists(spill);
      spillWriter = null;
    }
  }
}
