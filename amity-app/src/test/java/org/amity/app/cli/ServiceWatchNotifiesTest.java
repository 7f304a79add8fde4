package org.amity.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.amity.app.service.Job;
import org.amity.app.web.SignalFixtures;
import org.amity.notify.LoopbackReceiver;
import org.amity.signal.Scope;
import org.amity.store.duckdb.DuckDbStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service's watch job drives notifications: after each watch, followers hear once. */
class ServiceWatchNotifiesTest {
  @TempDir Path dir;

  @Test
  void theWatchJobRecordsAndPostsEachNewWarningOnceThroughAReceiverThatFailsFirst()
      throws Exception {
    try (LoopbackReceiver receiver = new LoopbackReceiver(1);
        DuckDbStorage store = DuckDbStorage.open(dir.resolve("s.duckdb"))) {
      SignalFixtures.insert(store.eventStore().connection());
      // the fixtures' ingest counts as watched, with the shipped settings (the conflict areas
      // built): the job's watch finds nothing new to score
      store.watch().setWatchedIngestId(store.watch().maxIngestId());
      store.watch().setTheatresWatched(true);
      store.notifications().follow("ana", Scope.DYAD, "CHN-PHL", "test");
      store.notifications().follow("ana", Scope.COUNTRY, "THA", "test");
      store.notifications().setWebhook("ana", receiver.url(), "test");
      Job watch = ServiceJobs.watch(store, store.eventStore()::exclusively);

      String first = watch.run();
      assertThat(first).contains("2 notification(s) recorded; webhooks: 2 delivered");
      assertThat(receiver.requests()).isEqualTo(3);
      assertThat(receiver.accepted())
          .anySatisfy(b -> assertThat(b).contains("\"subject\":\"Thailand\""))
          .anySatisfy(b -> assertThat(b).contains("\"subject\":\"China – Philippines\""));

      String second = watch.run();
      assertThat(second).doesNotContain("notification");
      assertThat(receiver.requests()).isEqualTo(3);
    }
  }
}
