package org.amity.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.amity.pipeline.WatchJob;
import org.junit.jupiter.api.Test;

/**
 * What {@code amity watch} says of a watch that described every alert again, and of one that did
 * not.
 */
class WatchCommandTest {
  @Test
  void aWatchThatDescribedEveryAlertAgainSaysSoInWordsAndInJson() throws Exception {
    String text = printed(report(true), false);
    assertThat(text).contains("30 alert run(s)").contains(WatchCommand.REDESCRIBED);
    JsonNode json = new ObjectMapper().readTree(printed(report(true), true));
    assertThat(json.path("redescribed").asBoolean()).isTrue();
    assertThat(json.path("alertsFound").asInt()).isEqualTo(30);
  }

  @Test
  void anOrdinaryWatchSaysNothingOfIt() throws Exception {
    assertThat(printed(report(false), false)).doesNotContain(WatchCommand.REDESCRIBED);
    JsonNode json = new ObjectMapper().readTree(printed(report(false), true));
    assertThat(json.has("redescribed")).isTrue();
    assertThat(json.path("redescribed").asBoolean()).isFalse();
  }

  private static WatchJob.Report report(boolean redescribed) {
    return new WatchJob.Report(false, 0, 0, 96, 30, 2, 1, 6.5, redescribed);
  }

  private static String printed(WatchJob.Report r, boolean json) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream old = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      WatchCommand.print(r, json);
    } finally {
      System.setOut(old);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
