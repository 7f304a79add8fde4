package org.amity.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.amity.response.CheckResult;
import org.amity.response.kb.ThreatType;
import org.junit.jupiter.api.Test;

class WebJsonTest {
  @Test
  void writesTheKnowledgeBaseVocabularyAsIdsLikeTheCli() {
    String json =
        new String(
            WebJson.bytes(Map.of("result", CheckResult.PASS, "type", ThreatType.INTER_STATE)),
            StandardCharsets.UTF_8);
    assertThat(json).contains("\"result\":\"pass\"").contains("\"type\":\"inter-state\"");
  }
}
