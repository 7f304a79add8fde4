package org.amity.coding.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.amity.coding.CodedSentence;
import org.amity.coding.EventCoder;
import org.amity.coding.FictionalDictionaries;
import org.amity.coding.FiveWay;
import org.amity.coding.Story;
import org.amity.coding.dict.Dictionaries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Classes given to every coded sentence, with or without a full event. */
class SentenceClassesTest {
  @TempDir static Path dir;
  static Dictionaries dict;
  static EventCoder coder;
  static SentenceReader reader;

  @BeforeAll
  static void load() throws IOException {
    dict = FictionalDictionaries.load(dir);
    coder = new EventCoder(dict);
    reader = new SentenceReader(coder, dict.verbs(), LocalDate.of(2022, 1, 1));
  }

  private static List<CodedSentence> code(EventCoder c, String text) {
    return c.code(new Story("s", LocalDate.of(2022, 3, 1), null, null, text));
  }

  @Test
  void aPassiveWithoutAnAgentGivesNoEventButStillAClass() {
    EventCoder classed = coder.withClasses(SentenceClasses.rules(reader, "a test"));
    CodedSentence s = code(classed, "Merval was attacked on Monday.").get(0);
    assertThat(s.events()).isEmpty();
    assertThat(s.sentenceClass()).isEqualTo(FiveWay.MATERIAL_CONFLICT);
  }

  @Test
  void aSentenceNamingNoActorStillGetsItsVerbsClass() {
    EventCoder classed = coder.withClasses(SentenceClasses.rules(reader, "a test"));
    assertThat(code(classed, "Crowds condemned the decision.").get(0).sentenceClass())
        .isEqualTo(FiveWay.VERBAL_CONFLICT);
    assertThat(code(classed, "The weather was mild.").get(0).sentenceClass()).isNull();
  }

  @Test
  void aCoderWithoutClassifierGivesNoClass() {
    assertThat(code(coder, "Valdoria condemned Merval.").get(0).sentenceClass()).isNull();
  }

  @Test
  void theLearnedModelGivesEverySentenceAClassAndSaysWhatItLearnedFrom() {
    List<LabelledSentence> training =
        List.of(
            new LabelledSentence("Valdoria condemned Merval.", FiveWay.VERBAL_CONFLICT, 1),
            new LabelledSentence("Rebels denounced the ministry.", FiveWay.VERBAL_CONFLICT, 2),
            new LabelledSentence("Valdoria attacked Merval.", FiveWay.MATERIAL_CONFLICT, 3),
            new LabelledSentence("Rebels shelled the town.", FiveWay.MATERIAL_CONFLICT, 4),
            new LabelledSentence("Valdoria welcomed Merval.", FiveWay.VERBAL_COOPERATION, 5),
            new LabelledSentence("Valdoria said it was ready.", FiveWay.STATEMENT, 6));
    SentenceClasses learned =
        SentenceClasses.learned(reader, training, ClassPolicy.LEARNED, 7, "six sentences");
    assertThat(learned.model()).contains("6 labelled sentences of six sentences", "seed 7");
    assertThat(learned.kind()).isEqualTo("learned");
    EventCoder classed = coder.withClasses(learned);
    List<CodedSentence> s =
        code(classed, "The weather was mild. Merval was shelled. Rebels condemned the vote.");
    assertThat(s).allSatisfy(x -> assertThat(x.sentenceClass()).isNotNull());
    assertThat(s.get(1).sentenceClass()).isEqualTo(FiveWay.MATERIAL_CONFLICT);
    assertThat(s.get(2).sentenceClass()).isEqualTo(FiveWay.VERBAL_CONFLICT);
  }

  @Test
  void thePolicyRulesTrainsNothing() {
    SentenceClasses r =
        SentenceClasses.learned(
            reader,
            List.of(new LabelledSentence("Valdoria met Merval.", FiveWay.VERBAL_COOPERATION, 1)),
            ClassPolicy.RULES,
            1,
            "x");
    assertThat(r.kind()).isEqualTo("rules");
    assertThat(r.model()).startsWith("rules");
  }
}
