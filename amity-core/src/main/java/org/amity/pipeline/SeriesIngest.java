package org.amity.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.amity.event.CountryTable;
import org.amity.ingest.series.DyadMonthReader;
import org.amity.ingest.series.SeriesFile;
import org.amity.ingest.series.SeriesMeta;
import org.amity.store.IngestResult;
import org.amity.store.SeriesStore;

/**
 * Imports aggregate series files one after the other, each read and checked in full and then stored
 * in its own transaction. A file that is not a series file Amity reads, or cannot be read, is
 * reported as failed and the next one is taken.
 */
public final class SeriesIngest {
  private final SeriesStore store;
  private final DyadMonthReader reader = new DyadMonthReader(CountryTable.standard());
  private final IngestPipeline.Progress progress;
  private final SeriesMeta declared;

  public SeriesIngest(SeriesStore store, IngestPipeline.Progress progress) {
    this(store, progress, SeriesMeta.NONE);
  }

  /**
   * @param declared what every imported series is about (from the command line); a file's sidecar
   *     ({@code FILE.meta.properties}) fills in what this leaves out
   */
  public SeriesIngest(SeriesStore store, IngestPipeline.Progress progress, SeriesMeta declared) {
    this.store = store;
    this.declared = declared == null ? SeriesMeta.NONE : declared;
    this.progress = progress == null ? new IngestPipeline.Progress() {} : progress;
  }

  /**
   * Expands directories (recursively, sorted) and imports every file; documentation files (see
   * {@link NotEventFiles}) are skipped with the reason.
   */
  public List<IngestResult> run(List<Path> inputs) {
    List<IngestResult> results = new ArrayList<>();
    for (Path file : IngestPipeline.expand(inputs)) {
      if (file.getFileName().toString().endsWith(SeriesMeta.SIDECAR_SUFFIX)) {
        continue; // a declaration read with its data file, not a series
      }
      java.util.Optional<String> notSeries = NotEventFiles.reason(file);
      IngestResult r =
          notSeries.isPresent()
              ? IngestResult.skipped(file.toString(), "series", notSeries.get())
              : ingest(file);
      progress.finished(file, r);
      results.add(r);
    }
    return results;
  }

  /** Imports one file; never throws for a bad file. */
  public IngestResult ingest(Path file) {
    String name = file.toString();
    if (!Files.isRegularFile(file)) {
      return store.failed(name, file, "?", name + ": no such file");
    }
    SeriesFile read;
    SeriesMeta meta;
    try {
      meta = declared.orElse(SeriesMeta.sidecar(file));
    } catch (IOException | IllegalArgumentException e) {
      return store.failed(name, file, DyadMonthReader.FORMAT, name + ": " + e.getMessage());
    }
    try {
      progress.starting(file, Files.size(file));
      read = reader.read(file, name);
    } catch (IOException e) {
      String m = e.getMessage() == null ? e.toString() : e.getMessage();
      return store.failed(
          name, file, DyadMonthReader.FORMAT, m.startsWith(name) ? m : name + ": " + m);
    }
    try {
      return store.store(read, meta);
    } finally {
      try {
        read.rejects().close();
      } catch (IOException e) {
        throw new UncheckedIOException(
            name + ": imported, but its temporary rejects file cannot be deleted", e);
      }
    }
  }
}
