package org.amity.coding.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.amity.coding.EventCoder;
import org.amity.coding.FiveWay;
import org.amity.coding.dict.Dictionaries;
import org.amity.testing.TestData;
import org.junit.jupiter.api.Test;

/** Cross-validated five-way classes on the shared ConfliBERT train split (folds by text). */
class ClassEvaluationTest {
  @Test
  void crossValidatedClassesMeetTheTargetsAndBeatTheDictionaryAlone() throws IOException {
    List<LabelledSentence> all =
        LabelledSentences.read(TestData.file("conflibert-cameo/cameo_class_train.tsv")).sentences();
    assertThat(all).hasSize(1349);
    Dictionaries dict =
        Dictionaries.load(Dictionaries.phoenixSet(TestData.file("petrarch2-dictionaries")), true);
    SentenceReader reader =
        new SentenceReader(new EventCoder(dict), dict.verbs(), LocalDate.of(2018, 1, 1));
    ClassEvaluation.Result r = new ClassEvaluation(reader, 90035).run(List.of(), all, 5);
    ClassScore learned = r.byPolicy().get(ClassPolicy.LEARNED);
    ClassScore rules = r.byPolicy().get(ClassPolicy.RULES);
    assertThat(learned.coverage()).isEqualTo(1.0);
    assertThat(learned.accuracy()).isGreaterThanOrEqualTo(0.65);
    assertThat(learned.accuracy()).isGreaterThan(rules.accuracy() + 0.1);
  }

  @Test
  void aTrainingSentenceAlsoEvaluatedIsLeftOutOfTraining() throws IOException {
    Dictionaries dict =
        Dictionaries.load(Dictionaries.phoenixSet(TestData.file("petrarch2-dictionaries")), true);
    SentenceReader reader =
        new SentenceReader(new EventCoder(dict), dict.verbs(), LocalDate.of(2018, 1, 1));
    LabelledSentence a =
        new LabelledSentence("Rebels attacked the army base.", FiveWay.MATERIAL_CONFLICT, 1);
    LabelledSentence b =
        new LabelledSentence("The minister praised the deal.", FiveWay.VERBAL_COOPERATION, 2);
    LabelledSentence c =
        new LabelledSentence("rebels attacked the  army base.", FiveWay.MATERIAL_CONFLICT, 1);
    ClassEvaluation.Result r = new ClassEvaluation(reader, 1).run(List.of(a, b), List.of(c), 0);
    assertThat(r.leftOut()).isEqualTo(1);
    assertThat(r.trainingSentences()).isEqualTo(1);
  }
}
