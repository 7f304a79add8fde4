package org.amity.app.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The Data page's words for the ingest log (audit5 I10): the log's {@code lines} are records
 * without the header (a report written over several lines counts once), so the column says
 * "Records" and the page says what they are.
 */
class DataPageWordsTest {
  private static String resource(String path) throws IOException {
    try (InputStream in = DataPageWordsTest.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theIngestLogsCountColumnSaysRecordsNotLines() throws IOException {
    String js = resource("/org/amity/app/web/ui/static/js/data.js");
    assertThat(js)
        .contains("[\"Records\", (r) => r.lines], [\"Accepted\"")
        .doesNotContain("[\"Lines\", (r) => r.lines], [\"Accepted\"");
    String html = resource("/org/amity/app/web/ui/static/data.html");
    assertThat(html).contains("Records are the file's data records, the header not counted");
  }
}
