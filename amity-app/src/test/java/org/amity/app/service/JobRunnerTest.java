package org.amity.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class JobRunnerTest {
  @Test
  void aFailingJobIsRetriedAndItsErrorShownUntilItSucceeds() throws Exception {
    AtomicInteger rounds = new AtomicInteger();
    CountDownLatch succeeded = new CountDownLatch(1);
    Job flaky =
        new Job() {
          @Override
          public String name() {
            return "flaky";
          }

          @Override
          public String run() {
            if (rounds.incrementAndGet() < 3) {
              throw new IllegalStateException("feed down");
            }
            succeeded.countDown();
            return "caught up";
          }
        };
    try (JobRunner runner = new JobRunner(Duration.ofMillis(10))) {
      runner.onDemand(flaky, "after each ingest").fire();
      assertThat(succeeded.await(30, TimeUnit.SECONDS)).isTrue();
      awaitIdle(runner);
      JobStatus s = runner.jobs().get(0);
      assertThat(s.runs()).isEqualTo(3);
      assertThat(s.failures()).isEqualTo(2);
      assertThat(s.lastError()).isNull();
      assertThat(s.lastOutcome()).isEqualTo("caught up");
      assertThat(s.lastSuccess()).isNotNull();
    }
  }

  @Test
  void anErrorStaysVisibleWhileTheJobKeepsFailing() throws Exception {
    CountDownLatch failedTwice = new CountDownLatch(2);
    Job broken =
        new Job() {
          @Override
          public String name() {
            return "broken";
          }

          @Override
          public String run() {
            failedTwice.countDown();
            throw new IllegalStateException("disk unreadable");
          }
        };
    try (JobRunner runner = new JobRunner(Duration.ofMillis(10))) {
      runner.every(broken, Duration.ofHours(1));
      assertThat(failedTwice.await(30, TimeUnit.SECONDS)).isTrue();
      JobStatus s = runner.jobs().get(0);
      assertThat(s.lastError()).isEqualTo("disk unreadable");
      assertThat(s.lastSuccess()).isNull();
      assertThat(s.schedule()).isEqualTo("every 1 h");
    }
  }

  @Test
  void schedulesAreSaidInWords() {
    assertThat(JobRunner.words(Duration.ofMinutes(15))).isEqualTo("15 min");
    assertThat(JobRunner.words(Duration.ofSeconds(30))).isEqualTo("30 s");
    assertThat(JobRunner.words(Duration.ofMillis(10))).isEqualTo("10 ms");
  }

  private static void awaitIdle(JobRunner runner) throws InterruptedException {
    for (int i = 0; i < 3000 && runner.jobs().get(0).running(); i++) {
      Thread.sleep(10);
    }
  }
}
