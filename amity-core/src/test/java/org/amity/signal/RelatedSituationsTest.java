package org.amity.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.amity.signal.RelatedSituations.Related;
import org.amity.signal.RelatedSituations.Relation;
import org.junit.jupiter.api.Test;

class RelatedSituationsTest {
  private static final LocalDate MAY = LocalDate.of(2014, 5, 1);

  /** A situation with what relating reads: scope, subject, level, status and span. */
  static Situation situation(
      long id, Scope scope, String subject, Level level, LocalDate opened, LocalDate lastDay) {
    return situation(id, scope, subject, level, opened, lastDay, "land");
  }

  /** The same with its domain ("land" or "maritime"). */
  static Situation situation(
      long id,
      Scope scope,
      String subject,
      Level level,
      LocalDate opened,
      LocalDate lastDay,
      String domain) {
    boolean closed = lastDay != null;
    return new Situation(
        id,
        scope,
        subject,
        SubjectName.of(scope, subject) + ": rising tension",
        level,
        closed ? "closed" : "open",
        opened,
        closed ? lastDay : opened.plusDays(20),
        closed ? lastDay.plusDays(1) : null,
        Scope.involved(scope, subject),
        List.of(),
        Map.of(),
        domain,
        closed ? "post-crisis" : "crisis",
        false,
        0,
        false,
        List.of(),
        List.of(id * 10));
  }

  private static Situation closed(long id, Scope scope, String subject, LocalDate from, int days) {
    return situation(id, scope, subject, Level.WARNING, from, from.plusDays(days - 1));
  }

  private static List<String> seen(List<Related> related) {
    return related.stream()
        .map(r -> "#" + r.situation().id() + " " + r.relation().words())
        .toList();
  }

  @Test
  void aClosedSituationRunsToTheDayBeforeItClosedNotToItsLastRaisedDay() {
    // Indonesia raised from 2018-12-01, protracted from 2019-06-01, closed 2020-03-01 (audit5 I4)
    Situation indonesia =
        new Situation(
            28,
            Scope.COUNTRY,
            "IDN",
            "Indonesia: rising tension",
            Level.ALERT,
            "closed",
            LocalDate.of(2018, 12, 1),
            LocalDate.of(2019, 5, 31),
            LocalDate.of(2020, 3, 1),
            List.of("IDN"),
            List.of(),
            Map.of(),
            "land",
            "post-crisis",
            false,
            0,
            false,
            List.of(),
            List.of(280L));
    Situation papua =
        situation(
            49,
            Scope.THEATRE,
            "PAPUA",
            Level.WARNING,
            LocalDate.of(2019, 9, 1),
            LocalDate.of(2019, 12, 31));
    List<Situation> all = List.of(indonesia, papua);
    assertThat(seen(RelatedSituations.of(papua, all)))
        .containsExactly("#28 the country of this conflict area");
    assertThat(RelatedSituations.of(papua, all).get(0).overlapDays())
        .isEqualTo(
            ChronoUnit.DAYS.between(LocalDate.of(2019, 9, 1), LocalDate.of(2019, 12, 31)) + 1);
  }

  @Test
  void aConflictAreaAndItsCountryOnTheSameDaysEachListTheOtherInWords() {
    Situation thailand = closed(1, Scope.COUNTRY, "THA", MAY, 20);
    Situation deepSouth = closed(2, Scope.THEATRE, "DEEP_SOUTH", MAY.plusDays(5), 10);
    List<Situation> all = List.of(thailand, deepSouth);

    assertThat(seen(RelatedSituations.of(thailand, all)))
        .containsExactly("#2 a conflict area in this country");
    assertThat(seen(RelatedSituations.of(deepSouth, all)))
        .containsExactly("#1 the country of this conflict area");
    assertThat(RelatedSituations.of(deepSouth, all).get(0).overlapDays()).isEqualTo(10);
  }

  @Test
  void aDyadAndEachPartysCountryAreRelated() {
    Situation dyad = closed(1, Scope.DYAD, "CHN-VNM", MAY, 30);
    Situation vietNam = closed(2, Scope.COUNTRY, "VNM", MAY.plusDays(10), 10);
    Situation china = closed(3, Scope.COUNTRY, "CHN", MAY.plusDays(2), 5);
    List<Situation> all = List.of(dyad, vietNam, china);

    assertThat(seen(RelatedSituations.of(dyad, all)))
        .containsExactly("#2 a party to this dyad", "#3 a party to this dyad");
    assertThat(seen(RelatedSituations.of(vietNam, all)))
        .containsExactly("#1 a dyad of this country");
  }

  @Test
  void aSeaAreaAndItsCoastalStatesStoryAtSeaAreRelatedButNotAnInlandNeighbourOrALandStory() {
    Situation sulu = situation(1, Scope.AREA, "SULU_CELEBES", Level.WARNING, MAY, MAY.plusDays(29));
    Situation malaysia =
        situation(2, Scope.COUNTRY, "MYS", Level.WARNING, MAY, MAY.plusDays(29), "maritime");
    Situation thailand =
        situation(3, Scope.COUNTRY, "THA", Level.WARNING, MAY, MAY.plusDays(29), "maritime");
    Situation philippines =
        situation(4, Scope.COUNTRY, "PHL", Level.WARNING, MAY, MAY.plusDays(29), "land");
    List<Situation> all = List.of(sulu, malaysia, thailand, philippines);

    assertThat(seen(RelatedSituations.of(sulu, all)))
        .as("the Philippines borders the sea, but its situation is an insurgency on land")
        .containsExactly("#2 a coastal state of this sea area");
    assertThat(seen(RelatedSituations.of(malaysia, all)))
        .containsExactly("#1 a sea area on this country's coast");
    assertThat(RelatedSituations.of(thailand, all)).isEmpty();
    assertThat(RelatedSituations.of(philippines, all)).isEmpty();
  }

  @Test
  void aDyadIsRelatedToASeaAreaOnlyWhenBothPartiesBorderIt() {
    Situation southChinaSea = closed(1, Scope.AREA, "SOUTH_CHINA_SEA", MAY, 30);
    Situation chinaVietNam = closed(2, Scope.DYAD, "CHN-VNM", MAY, 30);
    Situation chinaUsa = closed(3, Scope.DYAD, "CHN-USA", MAY, 30);
    List<Situation> all = List.of(southChinaSea, chinaVietNam, chinaUsa);

    assertThat(seen(RelatedSituations.of(southChinaSea, all)))
        .containsExactly("#2 a dyad of two coastal states of this sea area");
    assertThat(seen(RelatedSituations.of(chinaVietNam, all)))
        .containsExactly("#1 a sea area both parties of this dyad border");
    assertThat(RelatedSituations.of(chinaUsa, all)).isEmpty();
  }

  @Test
  void linkedSubjectsWhoseSpansAreFartherApartThanTheGroupersGapAreNotRelated() {
    // the grouper's gaps under the shipped detectors, the wider of a country's and an area's
    List<DetectionSpec> specs = DetectorConfig.standard().specs();
    int gap =
        Math.max(
            SituationGrouper.gapDays(Scope.COUNTRY, specs),
            SituationGrouper.gapDays(Scope.THEATRE, specs));
    Situation thailand = closed(1, Scope.COUNTRY, "THA", MAY, 10);
    LocalDate lastDay = thailand.updated();
    Situation farther = closed(2, Scope.THEATRE, "DEEP_SOUTH", lastDay.plusDays(gap + 1), 5);
    Situation within = closed(3, Scope.THEATRE, "DEEP_SOUTH", lastDay.plusDays(gap), 5);
    Situation before = closed(4, Scope.THEATRE, "DEEP_SOUTH", MAY.minusDays(gap + 10), 5);

    assertThat(RelatedSituations.of(farther, List.of(thailand, farther))).isEmpty();
    assertThat(RelatedSituations.of(before, List.of(thailand, before))).isEmpty();
    List<Related> near = RelatedSituations.of(within, List.of(thailand, within));
    assertThat(seen(near)).containsExactly("#1 the country of this conflict area");
    assertThat(near.get(0).overlapDays()).isZero();
  }

  @Test
  void theGapIsTheWiderOfTheTwoScopesGroupingGaps() {
    Situation thailand = closed(1, Scope.COUNTRY, "THA", MAY, 10);
    Situation later = closed(2, Scope.THEATRE, "DEEP_SOUTH", thailand.updated().plusDays(9), 5);
    List<Situation> all = List.of(thailand, later);

    assertThat(RelatedSituations.among(all, s -> SituationGrouper.DAY_GAP_DAYS).of(thailand))
        .isEmpty();
    assertThat(
            RelatedSituations.among(
                    all,
                    s ->
                        s == Scope.COUNTRY
                            ? SituationGrouper.WEEK_GAP_DAYS
                            : SituationGrouper.DAY_GAP_DAYS)
                .of(later))
        .hasSize(1);
  }

  @Test
  void aCountryWithNoLinkToTheSubjectIsNotRelatedEvenOnTheSameDays() {
    Situation deepSouth = closed(1, Scope.THEATRE, "DEEP_SOUTH", MAY, 20);
    Situation philippines = closed(2, Scope.COUNTRY, "PHL", MAY, 20);
    Situation mindanao = closed(3, Scope.THEATRE, "MINDANAO", MAY, 20);
    Situation asean = closed(4, Scope.REGION, "ASEAN", MAY, 20);
    List<Situation> all = List.of(deepSouth, philippines, mindanao, asean);

    assertThat(RelatedSituations.of(deepSouth, all)).isEmpty();
    assertThat(RelatedSituations.of(asean, all)).isEmpty();
    assertThat(seen(RelatedSituations.of(philippines, all)))
        .containsExactly("#3 a conflict area in this country");
  }

  @Test
  void twoConflictAreasOfOneCountryAndTwoDyadsSharingAPartyAreNotLinked() {
    Situation rakhine = closed(1, Scope.THEATRE, "RAKHINE", MAY, 20);
    Situation kachin = closed(2, Scope.THEATRE, "KACHIN_SHAN", MAY, 20);
    Situation chinaPhilippines = closed(3, Scope.DYAD, "CHN-PHL", MAY, 20);
    Situation chinaVietNam = closed(4, Scope.DYAD, "CHN-VNM", MAY, 20);
    List<Situation> all = List.of(rakhine, kachin, chinaPhilippines, chinaVietNam);

    for (Situation s : all) {
      assertThat(RelatedSituations.of(s, all)).as(s.subject()).isEmpty();
    }
  }

  @Test
  void anOngoingSituationRunsOnSoALaterOneOnALinkedSubjectIsRelated() {
    Situation ongoing = situation(1, Scope.COUNTRY, "THA", Level.ALERT, MAY, null);
    Situation muchLater = closed(2, Scope.THEATRE, "DEEP_SOUTH", MAY.plusDays(300), 10);
    Situation longBefore = closed(3, Scope.THEATRE, "DEEP_SOUTH", MAY.minusDays(400), 10);
    List<Situation> all = List.of(ongoing, muchLater, longBefore);

    List<Related> related = RelatedSituations.of(ongoing, all);
    assertThat(seen(related)).containsExactly("#2 a conflict area in this country");
    // it ran through all ten days of the later one
    assertThat(related.get(0).overlapDays()).isEqualTo(10);
    assertThat(seen(RelatedSituations.of(muchLater, all)))
        .containsExactly("#1 the country of this conflict area");
    assertThat(RelatedSituations.of(longBefore, all)).isEmpty();
  }

  @Test
  void twoOngoingSituationsAreRelatedWhateverTheirOpenings() {
    Situation dyad = situation(1, Scope.DYAD, "CHN-PHL", Level.WATCH, MAY, null);
    Situation philippines =
        situation(2, Scope.COUNTRY, "PHL", Level.WARNING, MAY.plusDays(200), null);
    List<Situation> all = List.of(dyad, philippines);

    assertThat(seen(RelatedSituations.of(dyad, all))).containsExactly("#2 a party to this dyad");
    assertThat(seen(RelatedSituations.of(philippines, all)))
        .containsExactly("#1 a dyad of this country");
  }

  @Test
  void moreDaysInCommonComeFirstThenTheHigherLevel() {
    Situation thailand =
        situation(1, Scope.COUNTRY, "THA", Level.WARNING, MAY, MAY.plusDays(59), "maritime");
    Situation fewDays = situation(2, Scope.DYAD, "KHM-THA", Level.ALERT, MAY, MAY.plusDays(4));
    Situation manyDays = situation(3, Scope.DYAD, "MMR-THA", Level.WATCH, MAY, MAY.plusDays(29));
    Situation manyDaysHigher =
        situation(
            4, Scope.THEATRE, "DEEP_SOUTH", Level.WARNING, MAY.plusDays(30), MAY.plusDays(59));
    Situation sea =
        situation(5, Scope.AREA, "MALACCA_SINGAPORE", Level.WATCH, MAY, MAY.plusDays(4));
    List<Situation> all = List.of(thailand, fewDays, manyDays, manyDaysHigher, sea);

    assertThat(seen(RelatedSituations.of(thailand, all)))
        .containsExactly(
            "#4 a conflict area in this country",
            "#3 a dyad of this country",
            "#2 a dyad of this country",
            "#5 a sea area on this country's coast");
  }

  @Test
  void aSituationIsNeverRelatedToItselfAndADyadCountsOncePerParty() {
    Situation dyad = closed(1, Scope.DYAD, "CHN-VNM", MAY, 20);
    Situation sea = closed(2, Scope.AREA, "SOUTH_CHINA_SEA", MAY, 20);
    List<Situation> all = List.of(dyad, sea);

    // the sea area is indexed under both parties; it is listed once
    assertThat(RelatedSituations.of(dyad, all)).hasSize(1);
    assertThat(RelatedSituations.of(dyad, List.of(dyad))).isEmpty();
  }

  @Test
  void everyRelationHasWordsNotACode() {
    for (Relation r : Relation.values()) {
      assertThat(r.words()).contains(" ").doesNotContain("_").isLowerCase();
    }
  }
}
