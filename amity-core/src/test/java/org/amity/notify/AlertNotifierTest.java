package org.amity.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.amity.signal.Alert;
import org.amity.signal.Level;
import org.amity.signal.Resolution;
import org.amity.signal.Scope;
import org.junit.jupiter.api.Test;

class AlertNotifierTest {
  static final LocalDateTime NOW = LocalDateTime.of(2026, 1, 5, 9, 0);

  static Alert alert(long id, Scope scope, String subject, Level peak) {
    LocalDate d = LocalDate.of(2014, 5, 1);
    return new Alert(
        id,
        7L,
        peak,
        peak,
        "open",
        scope,
        subject,
        List.of(),
        Map.of(),
        d,
        d,
        null,
        "material_conflict",
        Resolution.DAY,
        d,
        d.plusDays(3),
        12,
        3,
        5,
        false,
        0,
        null,
        List.of());
  }

  static Follow follow(String user, Scope scope, String subject) {
    return new Follow(1, user, scope, subject, NOW);
  }

  @Test
  void aWarningOnAFollowedDyadIsNewAndNamesTheCountriesInWords() {
    var out =
        AlertNotifier.drafts(
            List.of(follow("ana", Scope.DYAD, "CHN-PHL")),
            List.of(alert(21, Scope.DYAD, "CHN-PHL", Level.WARNING)),
            Map.of(),
            NOW);
    assertThat(out).hasSize(1);
    assertThat(out.get(0).kind()).isEqualTo("new");
    assertThat(out.get(0).title())
        .isEqualTo("Warning: China – Philippines, material_conflict rose");
    assertThat(out.get(0).summary()).contains("daily").contains("2014-05-01").doesNotContain("CHN");
  }

  @Test
  void watchLevelAlertsAndOtherSubjectsAreNotNotified() {
    var out =
        AlertNotifier.drafts(
            List.of(follow("ana", Scope.COUNTRY, "THA")),
            List.of(
                alert(1, Scope.COUNTRY, "THA", Level.WATCH),
                alert(2, Scope.COUNTRY, "MMR", Level.ALERT),
                alert(3, Scope.DYAD, "THA-KHM", Level.ALERT)),
            Map.of(),
            NOW);
    assertThat(out).isEmpty();
  }

  @Test
  void anAlertAlreadyNotifiedIsNotNotifiedAgainUntilItEscalates() {
    var follows = List.of(follow("ana", Scope.COUNTRY, "THA"));
    assertThat(
            AlertNotifier.drafts(
                follows,
                List.of(alert(5, Scope.COUNTRY, "THA", Level.WARNING)),
                Map.of("ana|5", Level.WARNING),
                NOW))
        .isEmpty();
    var up =
        AlertNotifier.drafts(
            follows,
            List.of(alert(5, Scope.COUNTRY, "THA", Level.ALERT)),
            Map.of("ana|5", Level.WARNING),
            NOW);
    assertThat(up).singleElement().satisfies(n -> assertThat(n.kind()).isEqualTo("escalated"));
    assertThat(up.get(0).title()).startsWith("Alert (escalated): Thailand");
  }

  @Test
  void eachFollowerGetsTheirOwnNotification() {
    var out =
        AlertNotifier.drafts(
            List.of(
                follow("ana", Scope.AREA, "SOUTH_CHINA_SEA"),
                follow("ben", Scope.AREA, "SOUTH_CHINA_SEA")),
            List.of(alert(9, Scope.AREA, "SOUTH_CHINA_SEA", Level.ALERT)),
            Map.of("ana|9", Level.ALERT),
            NOW);
    assertThat(out).extracting(Notification::user).containsExactly("ben");
    assertThat(out.get(0).subjectName()).isEqualTo("South China Sea");
  }
}
