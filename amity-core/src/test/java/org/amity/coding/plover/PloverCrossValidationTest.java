package org.amity.coding.plover;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.amity.coding.EventCoder;
import org.amity.coding.dict.Dictionaries;
import org.amity.coding.eval.PloverTable;
import org.amity.testing.TestData;
import org.junit.jupiter.api.Test;

/** PLOVER types on the shared gold records, every record answered without having been seen. */
class PloverCrossValidationTest {
  @Test
  void crossValidatedTypesOnTheSharedRecordsReachHalfByTheCodebookRules() throws IOException {
    Dictionaries dict =
        Dictionaries.load(Dictionaries.phoenixSet(TestData.file("petrarch2-dictionaries")), true);
    PloverTypes types =
        new PloverTypes(PloverTable.read(TestData.file("plover/CAMEO2PLOVER-2021.txt")));
    List<PloverExample> gold =
        PloverExamples.gold(TestData.file("plover/PLOVER_GSR_CAMEO.shared.json"));
    assertThat(gold).hasSize(220);
    List<PloverExample> training = new ArrayList<>();
    training.addAll(
        PloverExamples.petrarch(
            TestData.file("petrarch-validation/PETR.UnitTest.records.xml"), types));
    training.addAll(
        PloverExamples.petrarch(
            TestData.file("petrarch-validation/PETR2_GSR_validation.shared.xml"), types));
    PloverCrossValidation.Result r =
        new PloverCrossValidation(
                new PloverReader(new EventCoder(dict), dict.verbs(), types), 90035)
            .run(training, gold, 5);
    PloverCrossValidation.Score rules = r.byPolicy().get(PloverCrossValidation.Policy.RULES);
    PloverCrossValidation.Score dictionary =
        r.byPolicy().get(PloverCrossValidation.Policy.DICTIONARY);
    PloverCrossValidation.Score learned = r.byPolicy().get(PloverCrossValidation.Policy.LEARNED);
    assertThat(learned.coverage()).isEqualTo(1.0);
    assertThat(rules.accuracy()).isGreaterThanOrEqualTo(0.5);
    assertThat(rules.accuracy()).isGreaterThan(dictionary.accuracy());
    assertThat(r.trainingSentences()).isGreaterThan(200);
  }

  @Test
  void aTrainingSentenceAlsoScoredIsLeftOutOfTraining() throws IOException {
    Dictionaries dict =
        Dictionaries.load(Dictionaries.phoenixSet(TestData.file("petrarch2-dictionaries")), true);
    PloverTypes types =
        new PloverTypes(PloverTable.read(TestData.file("plover/CAMEO2PLOVER-2021.txt")));
    LocalDate d = LocalDate.of(2018, 1, 1);
    PloverExample a = new PloverExample("a", "Rebels attacked the army base.", d, "ASSAULT");
    PloverExample b = new PloverExample("b", "The minister praised the deal.", d, "SUPPORT");
    PloverExample c = new PloverExample("c", "rebels attacked the  army base.", d, "ASSAULT");
    PloverExample e = new PloverExample("e", "Police arrested ten protesters.", d, "COERCE");
    PloverCrossValidation.Result r =
        new PloverCrossValidation(new PloverReader(new EventCoder(dict), dict.verbs(), types), 1)
            .run(List.of(a, b), List.of(c, e), 2);
    assertThat(r.leftOut()).isEqualTo(1);
    assertThat(r.trainingSentences()).isEqualTo(1);
    assertThat(r.byPolicy().get(PloverCrossValidation.Policy.LEARNED).records()).isEqualTo(2);
  }
}
