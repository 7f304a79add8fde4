package org.amity.coding.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.amity.coding.EventCoder;
import org.amity.coding.dict.Dictionaries;
import org.amity.testing.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The coder against PETRARCH's gold standards (shared data; skipped without it). */
class ValidationRecordsTest {
  static List<ValidationRecord> unitTests;
  static EventCoder validate;

  @BeforeAll
  static void load() throws IOException {
    if (!TestData.available()) {
      return;
    }
    Path d = TestData.file("petrarch2-dictionaries");
    validate =
        new EventCoder(
            Dictionaries.load(
                List.of(
                    d.resolve("PETR.Validate.verbs.txt"),
                    d.resolve("PETR.Validate.actors.txt"),
                    d.resolve("PETR.Validate.agents.txt"),
                    d.resolve("PETR.Validate.discards.txt")),
                false));
    unitTests =
        ValidationReader.read(TestData.file("petrarch-validation/PETR.UnitTest.records.xml"));
  }

  @Test
  void readsEveryUnitTestRecord() {
    TestData.file("petrarch-validation/PETR.UnitTest.records.xml");
    assertThat(unitTests).hasSize(284);
    assertThat(unitTests.stream().mapToInt(ValidationRecord::expectations).sum()).isEqualTo(383);
  }

  @Test
  void codesFourFifthsOfTheUnitTestsExactlyFromRawText() {
    TestData.file("petrarch-validation/PETR.UnitTest.records.xml");
    Evaluation.Report r = new Evaluation(validate, false).run(unitTests);
    assertThat(r.total().exactRate()).isGreaterThanOrEqualTo(0.8);
    assertThat(r.byCategory()).containsKeys("DEMO", "COMPOUND", "SYNSET", "PATTERN", "VERB");
    assertThat(r.total().falsePositives()).isLessThan(40);
  }

  @Test
  void codesFourFifthsOfTheUnitTestsExactlyFromTheSuppliedParses() {
    TestData.file("petrarch-validation/PETR.UnitTest.records.xml");
    Evaluation.Report r = new Evaluation(validate, true).run(unitTests);
    assertThat(r.total().exactRate()).isGreaterThanOrEqualTo(0.8);
    assertThat(r.parseErrors()).isEqualTo(2);
  }

  @Test
  void codesHalfOfThePetrarchTwoGoldRecordsWithThePhoenixDictionaries() throws IOException {
    Path gsr = TestData.file("petrarch-validation/PETR2_GSR_validation.shared.xml");
    EventCoder phoenix =
        new EventCoder(
            Dictionaries.load(
                Dictionaries.phoenixSet(TestData.file("petrarch2-dictionaries")), true));
    List<ValidationRecord> records = ValidationReader.read(gsr);
    assertThat(records).hasSize(40);
    Evaluation.Report r = new Evaluation(phoenix, false).run(records);
    assertThat(r.total().exactRate()).isGreaterThanOrEqualTo(0.5);
    assertThat(r.total().rootRate()).isGreaterThanOrEqualTo(r.total().exactRate());
  }
}
