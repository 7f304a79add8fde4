package org.amity.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Predicate;
import org.amity.event.Event;
import org.amity.ingest.EventSource;
import org.amity.pipeline.IngestPipeline;

/** Openers for the record readers, from their dataset name and open method. */
final class Openers {
  /** A reader's open method. */
  @FunctionalInterface
  interface OpenMethod {
    EventSource open(Path file, String displayName, Predicate<Event> filter) throws IOException;
  }

  private Openers() {}

  static IngestPipeline.Opener of(String dataset, OpenMethod method) {
    return new IngestPipeline.Opener() {
      @Override
      public String dataset() {
        return dataset;
      }

      @Override
      public EventSource open(Path file, String displayName, Predicate<Event> filter)
          throws IOException {
        return method.open(file, displayName, filter);
      }
    };
  }
}
