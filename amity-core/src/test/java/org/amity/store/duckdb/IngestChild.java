package org.amity.store.duckdb;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.amity.ingest.Format;
import org.amity.pipeline.IngestPipeline;
import org.amity.store.IngestResult;

/**
 * Ingests one file in a child JVM and says on stdout how far it got, so that a test can kill it
 * part-way through. Args: database file, input file.
 */
public final class IngestChild {
  private IngestChild() {}

  public static void main(String[] args) {
    Path db = Path.of(args[0]);
    Path file = Path.of(args[1]);
    try (DuckDbEventStore store = DuckDbEventStore.open(db)) {
      System.out.println("open");
      IngestPipeline.Progress progress =
          new IngestPipeline.Progress() {
            boolean said;

            @Override
            public void reading(Path f, long bytes) {
              if (!said && bytes > 0) {
                said = true;
                System.out.println("reading " + bytes);
              }
            }
          };
      List<IngestResult> r =
          new IngestPipeline(store, null, progress)
              .run(List.of(file), IngestPipeline.formats(Set.of(Format.GDELT2)));
      System.out.println("finished " + r.get(0).accepted());
    }
  }
}
