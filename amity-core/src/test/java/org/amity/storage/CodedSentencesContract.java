package org.amity.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.amity.coding.CodedSentences;
import org.amity.coding.SentenceRow;
import org.junit.jupiter.api.Test;

/** What any {@link CodedSentences} must do. */
public abstract class CodedSentencesContract extends StorageContract {

  @Test
  void addsNoSentenceForAnEventThatIsNotStored() {
    SentenceRow orphan =
        new SentenceRow("no-such-event", "story-1", 1, "A met B.", "Example", "https://x.org/1");
    assertThat(storage.codedSentences().add(List.of(orphan))).isZero();
    assertThat(storage.codedSentences().add(List.of())).isZero();
  }
}
