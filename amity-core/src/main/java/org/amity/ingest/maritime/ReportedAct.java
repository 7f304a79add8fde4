package org.amity.ingest.maritime;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an incident narrative reports an act (an abduction, a hijacking) as something that
 * happened in this incident, rather than mentioning it. A word for the act counts only when its
 * sentence reports it; it does not count when:
 *
 * <ul>
 *   <li>it is hypothetical, advisory or attempted: a modal or a word of risk, warning, advice,
 *       intent or attempt stands shortly before it in its clause ("risk of kidnap", "may have been
 *       abducted", "mariners are advised ... kidnapping", "attempted to hijack", "a kidnap
 *       attempt");
 *   <li>it is negated: "no crew were kidnapped", "none of the crew was abducted";
 *   <li>it names a class of past events rather than this one: a plural noun ("a region noted for
 *       kidnappings") unless it is followed by whose it was ("the abductions of four workers"), or
 *       a word of background before it ("due to past hijackings", "a string of abductions");
 *   <li>the sentence is a follow-up, reporting a release, rescue or ransom of people taken before:
 *       the act's word then counts only if no release stands before it in its clause and it is not
 *       used as an adjective or in a relative clause ("were kidnapped but later released" and
 *       "releasing the boat but kidnapping two crew" count; "the kidnapped crew were released",
 *       "freed a man kidnapped on a yacht" and "seafarers who were kidnapped ... have been freed"
 *       do not);
 *   <li>the sentence dates it, by day and month, to more than a day before the report's date
 *       (update messages retelling an earlier incident: "they were kidnapped on 30 March" in a
 *       message of June). The first sentence, which names the incident the message is about, is
 *       read so only when it is a follow-up: a message may be dated when the incident became known
 *       ("a trawler, missing since 9 May, was hijacked"), not when it happened.
 * </ul>
 *
 * <p>Rules of English grammar and of the incident-report genre, not a list of sentences from the
 * files. The words before an act's word are read only within its clause (up to a comma, semicolon,
 * colon or "but") and only the last {@value #WINDOW} words, so "attempted to board, but kidnapped
 * two crew" is a kidnapping.
 */
final class ReportedAct {
  /** How many words before the act's word are read for a marker. */
  static final int WINDOW = 7;

  /**
   * How many days before the report's date an act may be dated and still be the report's own
   * incident: one, for a night that spans midnight or a report dated in another time zone.
   */
  static final int GRACE_DAYS = 1;

  /** A sentence ends at a full stop, ! ? or ; and white space, not after "St." "No." "Ref." ... */
  private static final Pattern SENTENCE_END =
      Pattern.compile(
          "(?<!\\b(?i:st|no|nos|mr|mrs|dr|ref|approx|para|capt|lt|vs|ca|co|ltd|inc)\\.)"
              + "(?<=[.!?;])\\s+|\\n\\s*\\n");

  private static final Pattern CLAUSE_BREAK =
      Pattern.compile(
          "[,;:()]|\\b(but|however|although|though|whereas)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");

  private static final Pattern NOT_REPORTED_BEFORE =
      Pattern.compile(
          "\\b("
              // modals and hypotheticals
              + "may|might|could|would|should|can|cannot|must|if|whether|unless"
              // risk, warning, advice
              + "|risks?|threats?|threatened|threatening|dangers?|possib\\w*|potential\\w*|likely"
              + "|fears?|feared|warn\\w*|advis\\w*|advisory|caution\\w*|urged?|aware|vigilan\\w*"
              + "|recommend\\w*|prevent\\w*|avoid\\w*|deter\\w*|against"
              // intent and attempt
              + "|plan\\w*|plot\\w*|intend\\w*|intent\\w*|attempt\\w*|tried|try|tries|trying"
              + "|foil\\w*|thwart\\w*|avert\\w*|repel\\w*|failed"
              // negation
              + "|no(?!\\.?\\s*\\d)|not|never|none|nobody|neither|nor|without|n't"
              // background
              + "|past|previous\\w*|history|historic\\w*|notorious|noted|known|common\\w*"
              + "|recurr\\w*|string|series|spate|wave|since|recent\\w*|earlier|prior|cases"
              + "|usually|generally|often|typically|frequently"
              + ")\\b",
          Pattern.CASE_INSENSITIVE);

  /** "could not stop the abductions": a negated prevention, which reports the act. */
  private static final Pattern FAILED_PREVENTION =
      Pattern.compile(
          "\\b(could|did|was|were)?\\s*(not|n't|unable to|failed to)\\s+(stop|prevent)\\w*\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern NOT_REPORTED_AFTER =
      Pattern.compile(
          "^\\W*(attempts?|bids?|plots?|threats?|risks?|fears?|warnings?|cases?)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern FOLLOW_UP =
      Pattern.compile(
          "\\b(releas\\w*|freed|rescu\\w*|recover\\w*|returned home|reunit\\w*|repatriat\\w*"
              + "|ransom\\w*)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ATTRIBUTIVE_BEFORE =
      Pattern.compile(
          "(?<![-\\w])(the|these|those|its|their|his|her|all|both|of|\\d+|one|two|three|four|five|six"
              + "|seven|eight|nine|ten|eleven|twelve|who\\s+(had\\s+)?(were|was|been|have been"
              + "|has been|had been))\\s*$",
          Pattern.CASE_INSENSITIVE);

  /** A month's name or its abbreviation, not a word that starts like one ("deckhand", "marine"). */
  private static final String MONTH =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\\.?";

  /** "30 March", "2nd Dec" or "March 30": day and month. */
  private static final Pattern DAY_MONTH =
      Pattern.compile(
          "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+"
              + MONTH
              + "|\\b"
              + MONTH
              + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b",
          Pattern.CASE_INSENSITIVE);

  private ReportedAct() {}

  /**
   * True when some sentence of the narrative reports an act the pattern names. The report's date
   * (null if unknown) dates the sentences that name their own day.
   */
  static boolean reported(Pattern act, String narrative, LocalDate reportedOn) {
    if (narrative == null || !act.matcher(narrative).find()) {
      return false;
    }
    boolean lead = true;
    for (String sentence : SENTENCE_END.split(narrative)) {
      String text = sentence.replaceAll("\\s+", " ");
      if (sentenceReports(act, text, lead, reportedOn)) {
        return true;
      }
      lead = false;
    }
    return false;
  }

  private static boolean sentenceReports(
      Pattern act, String sentence, boolean lead, LocalDate reportedOn) {
    Matcher m = act.matcher(sentence);
    if (!m.find()) {
      return false;
    }
    Matcher followUp = FOLLOW_UP.matcher(sentence);
    boolean isFollowUp = followUp.find();
    if ((!lead || isFollowUp) && datedEarlier(sentence, reportedOn)) {
      return false;
    }
    do {
      String word = m.group().toLowerCase(Locale.ROOT);
      String before = clauseBefore(sentence, m.start());
      String after = sentence.substring(m.end());
      boolean counts =
          !(isPluralNoun(word) && !after.startsWith(" of "))
              && !NOT_REPORTED_BEFORE
                  .matcher(FAILED_PREVENTION.matcher(lastWords(before)).replaceAll(" "))
                  .find()
              && !NOT_REPORTED_AFTER.matcher(after).find()
              && !(isFollowUp
                  && ((word.endsWith("ed") && ATTRIBUTIVE_BEFORE.matcher(before).find())
                      || FOLLOW_UP.matcher(before).find()));
      if (counts) {
        return true;
      }
    } while (m.find());
    return false;
  }

  /** "kidnappings", "abductions", "hijacks": a class of events. */
  private static boolean isPluralNoun(String word) {
    return word.endsWith("ings") || word.endsWith("ions") || word.equals("hijacks");
  }

  private static String clauseBefore(String sentence, int at) {
    String head = sentence.substring(0, at);
    Matcher b = CLAUSE_BREAK.matcher(head);
    int from = 0;
    while (b.find()) {
      from = b.end();
    }
    return head.substring(from);
  }

  private static String lastWords(String text) {
    Matcher w = WORD.matcher(text);
    int[] starts = new int[WINDOW];
    int n = 0;
    while (w.find()) {
      starts[n++ % WINDOW] = w.start();
    }
    return n <= WINDOW ? text : text.substring(starts[n % WINDOW]);
  }

  /**
   * True when the sentence names a day and month more than a day before the report's date (in the
   * year that puts it nearest to the report).
   */
  private static boolean datedEarlier(String sentence, LocalDate reportedOn) {
    if (reportedOn == null) {
      return false;
    }
    Matcher d = DAY_MONTH.matcher(sentence);
    while (d.find()) {
      boolean dayFirst = d.group(1) != null;
      int day = Integer.parseInt(dayFirst ? d.group(1) : d.group(4));
      Month month = monthOf(dayFirst ? d.group(2) : d.group(3));
      if (day >= 1
          && day <= month.maxLength()
          && nearest(reportedOn, month, day).isBefore(reportedOn.minusDays(GRACE_DAYS))) {
        return true;
      }
    }
    return false;
  }

  /** The day of that month and day nearest to the report: in its year, the year before or after. */
  private static LocalDate nearest(LocalDate reportedOn, Month month, int day) {
    LocalDate best = null;
    for (int year = reportedOn.getYear() - 1; year <= reportedOn.getYear() + 1; year++) {
      LocalDate d = LocalDate.of(year, month, Math.min(day, month.length(Year.isLeap(year))));
      if (best == null
          || Math.abs(ChronoUnit.DAYS.between(d, reportedOn))
              < Math.abs(ChronoUnit.DAYS.between(best, reportedOn))) {
        best = d;
      }
    }
    return best;
  }

  private static Month monthOf(String abbreviation) {
    String a = abbreviation.substring(0, 3).toLowerCase(Locale.ROOT);
    for (Month m : Month.values()) {
      if (m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT).equals(a)) {
        return m;
      }
    }
    throw new IllegalArgumentException("not a month: " + abbreviation);
  }
}
