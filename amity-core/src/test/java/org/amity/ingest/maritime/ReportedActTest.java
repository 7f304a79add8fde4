package org.amity.ingest.maritime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Fictional report sentences, written for these rules; none is taken from the shared files. */
class ReportedActTest {
  private static final Pattern KIDNAP =
      Pattern.compile("\\b(kidnap\\w*|abduct\\w*)", Pattern.CASE_INSENSITIVE);
  private static final Pattern HIJACK = Pattern.compile("\\bhijack\\w*", Pattern.CASE_INSENSITIVE);
  private static final LocalDate JUNE_20 = LocalDate.of(2011, 6, 20);

  private static boolean kidnapping(String text) {
    return ReportedAct.reported(KIDNAP, text, JUNE_20);
  }

  @Test
  void reportedAbductionsCount() {
    assertThat(kidnapping("Six gunmen boarded the trawler and kidnapped its skipper.")).isTrue();
    assertThat(kidnapping("Two deckhands were abducted and taken to an island.")).isTrue();
    assertThat(kidnapping("The raiders left with three kidnapped sailors.")).isTrue();
    assertThat(kidnapping("During the kidnapping one guard was wounded.")).isTrue();
    assertThat(kidnapping("Armed men came aboard. The cook was kidnapped.")).isTrue();
    assertThat(kidnapping("LAND X: On 19 June, masked men abducted the mate of a barge.")).isTrue();
    assertThat(kidnapping("The bandits kidnapped two oilers, but no one was hurt.")).isTrue();
  }

  @Test
  void advisoryAndHypotheticalTextDoesNotCount() {
    assertThat(kidnapping("Crews face a high risk of kidnap for ransom in these waters."))
        .isFalse();
    assertThat(kidnapping("Mariners are warned that gangs may abduct crew from slow tugs."))
        .isFalse();
    assertThat(kidnapping("Masters are advised to be aware of kidnapping along this coast."))
        .isFalse();
    assertThat(kidnapping("The engineer could have been kidnapped had the alarm failed."))
        .isFalse();
    assertThat(kidnapping("Officials spoke of a continuing threat of abduction near the reefs."))
        .isFalse();
    assertThat(kidnapping("The two missing oilers might have been abducted.")).isFalse();
  }

  @Test
  void attemptsDoNotCount() {
    assertThat(kidnapping("The gang tried to abduct the helmsman but fled when hailed.")).isFalse();
    assertThat(kidnapping("A kidnapping attempt was foiled by a patrol craft.")).isFalse();
    assertThat(kidnapping("Raiders attempted to kidnap the captain.")).isFalse();
    assertThat(
            ReportedAct.reported(
                HIJACK, "Two skiffs chased the carrier with intent to hijack her.", JUNE_20))
        .isFalse();
  }

  @Test
  void anAttemptInOneClauseDoesNotHideAnAbductionInTheNext() {
    assertThat(kidnapping("They attempted to board at the bow, but kidnapped a lookout astern."))
        .isTrue();
  }

  @Test
  void negatedAbductionsDoNotCount() {
    assertThat(kidnapping("No crew were kidnapped.")).isFalse();
    assertThat(kidnapping("None of the twelve crew was abducted or hurt.")).isFalse();
    assertThat(kidnapping("The robbers did not kidnap anyone before leaving.")).isFalse();
  }

  @Test
  void aNumberSignIsNoNegationAndAFailedRescueIsNone() {
    assertThat(kidnapping("The launch No. 7 was boarded and its pilot kidnapped.")).isTrue();
    assertThat(kidnapping("Guards could not stop the abduction of four divers.")).isTrue();
  }

  @Test
  void pastEventsQuotedAsBackgroundDoNotCount() {
    assertThat(kidnapping("The strait is notorious for kidnappings of fishermen.")).isFalse();
    assertThat(kidnapping("Patrols were doubled due to past abductions of tug crews.")).isFalse();
    assertThat(kidnapping("Robbers stole rope; the area has a history of kidnap for ransom."))
        .isFalse();
    assertThat(
            ReportedAct.reported(
                HIJACK, "Skiffs came from a previously hijacked trawler used as a base.", JUNE_20))
        .isFalse();
    assertThat(kidnapping("Militants carried out the abductions of two welders.")).isTrue();
  }

  @Test
  void followUpsOfReleaseOrRescueDoNotCountAgain() {
    assertThat(kidnapping("Police freed a ferryman kidnapped near the pier.")).isFalse();
    assertThat(kidnapping("The four kidnapped stokers were released unharmed.")).isFalse();
    assertThat(
            ReportedAct.reported(
                HIJACK,
                "Tanker SEA STAR-5 hijacked at dawn, recovered by police at dusk.",
                JUNE_20))
        .as("a number in a ship's name is not a count of people")
        .isTrue();
    assertThat(kidnapping("Divers who were abducted from a barge have been rescued.")).isFalse();
    assertThat(kidnapping("The navy rescued two cooks from their kidnappers.")).isFalse();
    assertThat(kidnapping("Two wipers were kidnapped but later released.")).isTrue();
    assertThat(kidnapping("They released the boat but kidnapping its owner, they fled.")).isTrue();
  }

  @Test
  void anAbductionDatedWeeksBeforeTheReportIsAnEarlierIncident() {
    assertThat(kidnapping("A ransom was paid. The men were kidnapped on 2 May.")).isFalse();
    assertThat(kidnapping("A ransom was paid. The men were kidnapped on 19 June.")).isTrue();
    assertThat(kidnapping("A ransom was paid. The men were kidnapped on 17 June.")).isFalse();
    assertThat(kidnapping("A ransom was paid. The men were kidnapped on May 2.")).isFalse();
    assertThat(kidnapping("A ransom was paid. Then 2 deckhands and 12 marines were kidnapped."))
        .as("words that start like a month are no dates")
        .isTrue();
    assertThat(kidnapping("On 3 May two sailors kidnapped by a gang were freed.")).isFalse();
    assertThat(
            ReportedAct.reported(
                HIJACK, "Owners said the coaster was hijacked on 2 June, off the cape.", JUNE_20))
        .as("the first sentence names the incident the report is about")
        .isTrue();
    assertThat(
            ReportedAct.reported(
                KIDNAP,
                "A ransom was asked. The men were kidnapped on 31 December.",
                LocalDate.of(2012, 1, 1)))
        .as("31 December is the day before a report of 1 January")
        .isTrue();
    assertThat(ReportedAct.reported(KIDNAP, "Then the men were kidnapped on 2 May.", null))
        .as("no report date, no dating")
        .isTrue();
  }

  @Test
  void nothingIsReportedByNoText() {
    assertThat(ReportedAct.reported(KIDNAP, null, JUNE_20)).isFalse();
    assertThat(kidnapping("Thieves stole paint and fled.")).isFalse();
  }
}
