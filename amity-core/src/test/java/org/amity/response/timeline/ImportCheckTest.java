package org.amity.response.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.amity.response.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

class ImportCheckTest {
  private final EntryRules rules = new EntryRules(KnowledgeBase.standard());

  @Test
  void namesEveryBadLineWithItsNumberAndReason() {
    ImportCheck c =
        ImportCheck.of(
            List.of(
                "{\"situation\":1,\"kind\":\"consultation\",\"date\":\"2014-05-10\",\"track\":\"I\"}",
                "",
                "{\"situation\":1,\"kind\":\"consultation\",\"date\":\"10 May 2014\"}",
                "{not json",
                "{\"situation\":1,\"kind\":\"proposal\",\"date\":\"2014-05-10\",\"instrument\":\"x-y\",\"measure\":\"hotline\"}",
                "{\"situation\":1,\"kind\":\"action\",\"date\":\"2014-05-10\",\"text\":\"t\",\"colour\":\"red\"}"),
            rules);
    assertThat(c.accepted()).extracting(ImportCheck.Line::number).containsExactly(1);
    assertThat(c.accepted().get(0).draft().track()).isEqualTo(1);
    assertThat(c.blankLines()).isEqualTo(1);
    assertThat(c.rejected()).extracting(ImportCheck.Rejected::number).containsExactly(3, 4, 5, 6);
    assertThat(c.rejected().get(0).reason()).contains("date must be a date YYYY-MM-DD");
    assertThat(c.rejected().get(1).reason()).startsWith("not valid JSON");
    assertThat(c.rejected().get(2).reason()).contains("'x-y' is not in the knowledge base");
    assertThat(c.rejected().get(3).reason()).contains("unknown field 'colour'");
    assertThat(c.clean()).isFalse();
  }
}
