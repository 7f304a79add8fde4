package org.amity.app.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The page scripts' own words (audit6 J10, J11, J13), read from the shipped resources as {@link
 * DataPageWordsTest} does; the browser tests render them.
 */
class PageScriptsShowWordsNotCodesTest {
  private static String js(String name) throws IOException {
    String path = "/org/amity/app/web/ui/static/js/" + name;
    try (InputStream in = PageScriptsShowWordsNotCodesTest.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** J11: a date input shows the browser's locale ("12/08/2026"); dates are YYYY-MM-DD. */
  @Test
  void noFormAsksForADateInTheBrowsersLocale() throws IOException {
    for (String page :
        List.of("situation.js", "situation-timeline.js", "track2.js", "gap.js", "alerts.js")) {
      assertThat(js(page)).as(page).doesNotContain("type: \"date\"");
    }
    assertThat(js("situation-timeline.js"))
        .contains("id: \"tl-date\", type: \"text\"")
        .contains("placeholder: \"YYYY-MM-DD\"");
  }

  /** J10: the evidence's CAMEO code only on hover, and Goldstein's column says its scale. */
  @Test
  void theEvidenceSaysWhatHappenedWithoutItsCodeAndGoldsteinWithItsScale() throws IOException {
    String s = js("situation.js");
    assertThat(s)
        .doesNotContain("(e.description || \"event\") + \" (\" + e.code + \")\"")
        .contains("title: \"CAMEO \" + e.code")
        .contains("\"Goldstein (−10 most hostile … +10 most cooperative)\"")
        .doesNotContain("[\"Goldstein\", ");
    // parties, consent, flags and notes by name
    assertThat(s).contains("Amity.countries((s.parties || []).join(\", \"), s.partyNames)");
    assertThat(s).doesNotContain("(o.consentRequired || []).join(\", \")");
  }

  /** J13: the gap's columns in the server's order of its count words, not the rows' order. */
  @Test
  void theGapTablesTakeTheirColumnsInTheOrderOfTheCountWords() throws IOException {
    assertThat(js("gap.js"))
        .contains("Object.keys(words).filter((k) => present.has(k))")
        .doesNotContain("const keys = [...new Set(rows.flatMap(([, v]) => Object.keys(v)))];");
  }
}
