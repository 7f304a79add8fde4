package org.amity.flink.signal;

import java.nio.file.Path;
import org.amity.event.Event;
import org.amity.ingest.EventSource;
import org.amity.ingest.FileScan;
import org.amity.ingest.FormatDetector;
import org.amity.ingest.acled.AcledSource;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;

/**
 * A test source's reader: each path becomes its events, read by the core's parsers as the store
 * reads them (ACLED by its own reader, the line formats by detection).
 */
final class FileEvents implements FlatMapFunction<String, Event> {
  private static final long serialVersionUID = 1L;

  static EventSource open(Path p) throws java.io.IOException {
    String name = p.getFileName().toString();
    if (name.startsWith("acled")) {
      return AcledSource.open(p, name, null);
    }
    return FileScan.open(p, name, FormatDetector.detect(p), null);
  }

  @Override
  public void flatMap(String path, Collector<Event> out) throws Exception {
    try (EventSource s = open(Path.of(path))) {
      EventSource.Worker w = s.newWorker();
      for (Event e = w.next(); e != null; e = w.next()) {
        out.collect(e);
      }
    }
  }
}
