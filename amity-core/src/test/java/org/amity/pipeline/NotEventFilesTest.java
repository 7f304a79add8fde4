package org.amity.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class NotEventFilesTest {
  @Test
  void namesDocumentationByExtensionOrByItsUsualName() {
    for (String doc :
        new String[] {
          "PROVENANCE.md", "README", "readme.txt", "LICENSE", "codebook.pdf", "x.html"
        }) {
      assertThat(NotEventFiles.reason(Path.of("data", doc)))
          .as(doc)
          .contains(NotEventFiles.DOCUMENTATION);
    }
  }

  @Test
  void readsEveryOtherFileEvenWhenItsNameLooksLikeDocumentation() {
    for (String data :
        new String[] {
          "events.csv",
          "20161013151500.export.CSV",
          "readme.csv",
          "stories.jsonl",
          "notes.txt",
          "week1.tsv",
          "events.2018-06-01.sample.tab",
          "archive.zip"
        }) {
      assertThat(NotEventFiles.reason(Path.of("data", data))).as(data).isEmpty();
    }
  }
}
