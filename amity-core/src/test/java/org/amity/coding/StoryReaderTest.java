package org.amity.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StoryReaderTest {
  @Test
  void readsAStory() {
    StoryReader.Result r =
        StoryReader.read(
            "{\"id\":\"a1\",\"date\":\"2024-05-01\",\"source\":\"X\",\"url\":\"u\",\"text\":\"T.\"}");
    assertThat(r.ok()).isTrue();
    assertThat(r.story().date()).isEqualTo(LocalDate.of(2024, 5, 1));
    assertThat(r.story().source()).isEqualTo("X");
  }

  @Test
  void acceptsCompactDates() {
    assertThat(StoryReader.read("{\"id\":\"a\",\"date\":\"20240501\",\"text\":\"T.\"}").ok())
        .isTrue();
  }

  @Test
  void rejectsBadJsonMissingDateAndBadDateWithAReason() {
    assertThat(StoryReader.read("{not json").reject()).startsWith("not JSON");
    assertThat(StoryReader.read("{\"id\":\"a\",\"text\":\"T.\"}").reject())
        .contains("missing \"date\"");
    assertThat(StoryReader.read("{\"id\":\"a\",\"date\":\"May 1\",\"text\":\"T.\"}").reject())
        .contains("unreadable date");
    assertThat(StoryReader.read("[1,2]").reject()).isEqualTo("not a JSON object");
  }
}
