package org.amity.coding.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.amity.coding.FiveWay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FiveWayTest {
  @TempDir Path dir;

  @Test
  void groupsCameoRootsIntoFiveClasses() {
    assertThat(FiveWay.ofCameo("010")).isEqualTo(FiveWay.STATEMENT);
    assertThat(FiveWay.ofCameo("0231")).isEqualTo(FiveWay.VERBAL_COOPERATION);
    assertThat(FiveWay.ofCameo("057")).isEqualTo(FiveWay.VERBAL_COOPERATION);
    assertThat(FiveWay.ofCameo("081")).isEqualTo(FiveWay.MATERIAL_COOPERATION);
    assertThat(FiveWay.ofCameo("090")).isEqualTo(FiveWay.VERBAL_CONFLICT);
    assertThat(FiveWay.ofCameo("138")).isEqualTo(FiveWay.VERBAL_CONFLICT);
    assertThat(FiveWay.ofCameo("1411")).isEqualTo(FiveWay.MATERIAL_CONFLICT);
    assertThat(FiveWay.ofCameo("903")).isNull();
    assertThat(FiveWay.ofCameo("---")).isNull();
  }

  @Test
  void readsDigitsAndNamesAndRefusesOtherLabels() {
    assertThat(FiveWay.parse("3")).isEqualTo(FiveWay.VERBAL_CONFLICT);
    assertThat(FiveWay.parse("material cooperation")).isEqualTo(FiveWay.MATERIAL_COOPERATION);
    assertThat(FiveWay.parse("VERBAL_CONFLICT")).isEqualTo(FiveWay.VERBAL_CONFLICT);
    assertThatThrownBy(() -> FiveWay.parse("7")).hasMessageContaining("not a five-way class");
  }

  @Test
  void rejectsBadLinesWithTheirNumberAndKeepsTheRest() throws IOException {
    Path f = dir.resolve("s.tsv");
    Files.writeString(f, "Troops shelled the town.\t4\r\nno tab here\n\n\t2\nThey met.\tpraise\n");
    LabelledSentences.Read r = LabelledSentences.read(f);
    assertThat(r.sentences()).hasSize(1);
    assertThat(r.sentences().get(0).label()).isEqualTo(FiveWay.MATERIAL_CONFLICT);
    assertThat(r.rejected())
        .containsExactly(
            "s.tsv line 2: no tab between sentence and label",
            "s.tsv line 4: empty sentence",
            "s.tsv line 5: 'praise' is not a five-way class (0-4, or statement, verbal cooperation,"
                + " material cooperation, verbal conflict, material conflict)");
  }

  @Test
  void aSentenceKeepsItsFoldWhateverItsSpacingOrCase() {
    int f = Folds.of("Troops  shelled the town.", 5);
    assertThat(Folds.of(" troops shelled the TOWN. ", 5)).isEqualTo(f);
    assertThat(f).isBetween(0, 4);
  }

  @Test
  void scoresAccuracyCoverageAndTheConfusion() {
    List<FiveWay> gold =
        List.of(
            FiveWay.STATEMENT,
            FiveWay.VERBAL_CONFLICT,
            FiveWay.VERBAL_CONFLICT,
            FiveWay.MATERIAL_CONFLICT);
    java.util.List<FiveWay> got = new java.util.ArrayList<>();
    got.add(FiveWay.STATEMENT);
    got.add(FiveWay.MATERIAL_CONFLICT);
    got.add(null);
    got.add(FiveWay.MATERIAL_CONFLICT);
    ClassScore s = ClassScore.of(gold, got);
    assertThat(s.accuracy()).isEqualTo(0.5);
    assertThat(s.coverage()).isEqualTo(0.75);
    assertThat(s.confusion().get("verbal conflict").get("material conflict")).isEqualTo(1);
    assertThat(s.confusion().get("verbal conflict").get("none")).isEqualTo(1);
    assertThat(s.perClass().get("material conflict").get("precision")).isEqualTo(0.5);
    assertThat(s.perClass().get("verbal conflict").get("recall")).isEqualTo(0.0);
  }

  @Test
  void aClassWithNoSentenceToDivideByHasNoRecallRatherThanNaN() {
    ClassScore s =
        ClassScore.of(
            List.of(FiveWay.VERBAL_CONFLICT, FiveWay.MATERIAL_CONFLICT),
            List.of(FiveWay.STATEMENT, FiveWay.MATERIAL_CONFLICT));
    assertThat(s.perClass().get("statement")).containsEntry("recall", null);
    assertThat(s.perClass().get("statement").get("precision")).isEqualTo(0.0);
    assertThat(s.perClass().get("material cooperation"))
        .containsEntry("recall", null)
        .containsEntry("precision", null)
        .containsEntry("f1", 0.0);
  }
}
