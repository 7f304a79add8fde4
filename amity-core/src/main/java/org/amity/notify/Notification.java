package org.amity.notify;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.amity.signal.Level;
import org.amity.signal.Scope;

/**
 * One alert brought to one follower's attention.
 *
 * @param id the store's id (0 before storing)
 * @param kind {@code new} (first notification of this alert to this user) or {@code escalated} (the
 *     alert rose above the level last notified)
 * @param level the alert's peak level when notified: warning or alert
 * @param subjectName the subject in words ("China – Philippines")
 * @param indicator the indicator that rose ("material-conflict")
 * @param createdAt when the watch recorded it (UTC)
 */
public record Notification(
    long id,
    String user,
    long alertId,
    Long situationId,
    String kind,
    Level level,
    Scope scope,
    String subject,
    String subjectName,
    String indicator,
    String resolution,
    LocalDate opened,
    LocalDate periodStart,
    LocalDate periodEnd,
    double value,
    double baseline,
    LocalDateTime createdAt) {

  /** A one-line title in words, e.g. "Warning: China – Philippines, material-conflict rose". */
  public String title() {
    String lvl =
        level.key().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + level.key().substring(1);
    return lvl
        + (kind.equals("escalated") ? " (escalated)" : "")
        + ": "
        + subjectName
        + ", "
        + indicator
        + " rose";
  }

  /** What happened, in a sentence or two of words (no codes). */
  public String summary() {
    return String.format(
        java.util.Locale.ROOT,
        "%s %s level on %s: the %s indicator (%s) stood at %.1f against a baseline of %.1f over"
            + " %s to %s. The alert opened on %s.%s",
        kind.equals("escalated") ? "The alert escalated to" : "A new alert at",
        level.key(),
        subjectName,
        indicator,
        resolutionWord(),
        value,
        baseline,
        periodStart,
        periodEnd,
        opened,
        situationId == null ? "" : " It belongs to situation " + situationId + ".");
  }

  private String resolutionWord() {
    return switch (resolution) {
      case "day" -> "daily";
      case "week" -> "weekly";
      case "month" -> "monthly";
      default -> resolution;
    };
  }
}
