package org.amity.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;
import org.amity.coding.dict.ActorCodes;
import org.amity.coding.dict.ActorDictionary;
import org.amity.coding.dict.DictionaryText;
import org.amity.event.Actor;
import org.amity.event.CountryTable;

/**
 * Office holders with the dated roles a PETRARCH actor dictionary gives them ({@code NARENDRA_MODI}
 * with {@code [INDGOV >20140526]}), read by the coder's own dictionary reader, to give a person
 * named in an event file the state role held on the event's date when the file's own fields give
 * none (ICEWS codes India's prime minister with party and "dissident" sectors only).
 *
 * <p>The rule ({@link #resolve}): only an actor with a name and a country and no state role ({@link
 * Actor#STATE_ROLES}) is looked up; by its normalised name ({@link #key}); only dated codes count
 * (a range, an open start or an open end; an undated code is no office held on a day), and an open
 * end ({@code >date}) for one {@link #TERM} from its start only: the list says when an office
 * began, not that it never ended (the Phoenix list of 2014 still has Mugabe, Tusk and Juncker in
 * office); of each dictionary record with that name, the first dated code that holds on the date
 * (the record's file order, as the coder reads it); it is taken only when it is a state role of the
 * country the file names for the actor. The actor then becomes what the coder would code: that
 * country with the code's roles ({@link Actor#ofCameoCode}), keeping its name. Anything else leaves
 * the actor as it was. Safe for several reader threads; {@link #resolved} counts the actors given a
 * role.
 */
public final class OfficeHolders {
  /** The Phoenix dictionary of country actors, with leaders and ministers by date. */
  public static final String PHOENIX_FILE = "Phoenix.Countries.actors.txt";

  /** Where the Phoenix list lies in the shared data ({@link SharedData}). */
  public static final String SHARED_FILE = "petrarch2-dictionaries/" + PHOENIX_FILE;

  /**
   * How long an open-ended office ({@code [INDGOV >20140526]}) is taken to last from its start: one
   * term, the longest a head of government or minister holds office without a new mandate in most
   * of the states Amity reads (five years in India, Indonesia, Malaysia, Singapore and the European
   * Commission; four in Thailand and the United States; six for the Philippine president).
   */
  public static final Period TERM = Period.ofYears(5);

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_NAME = Pattern.compile("[^A-Z0-9]+");

  private final Map<String, List<ActorCodes>> byName;
  private final CountryTable countries;
  private final String source;
  private final List<String> problems;
  private final LongAdder resolved = new LongAdder();

  private OfficeHolders(
      Map<String, List<ActorCodes>> byName,
      CountryTable countries,
      String source,
      List<String> problems) {
    this.byName = byName;
    this.countries = countries;
    this.source = source;
    this.problems = List.copyOf(problems);
  }

  /**
   * The list an ICEWS reader uses, by the one rule of {@code amity ingest icews}, the service's
   * landing folder and the Flink job: none when {@code none} (the rows as they are); else {@code
   * given}; else {@link #SHARED_FILE} in the shared data as found from {@code anchor}'s
   * installation ({@link SharedData#find}); null when there is none there either.
   *
   * @throws IllegalArgumentException when {@code given} is not a file
   */
  public static Path choose(Path given, boolean none, Class<?> anchor) {
    if (none) {
      return null;
    }
    if (given != null) {
      if (!Files.isRegularFile(given)) {
        throw new IllegalArgumentException("no office-holder dictionary at " + given);
      }
      return given;
    }
    return SharedData.find(SHARED_FILE, anchor);
  }

  /** Reads a PETRARCH actor dictionary file; its unreadable lines are kept in {@link #problems}. */
  public static OfficeHolders read(Path file, CountryTable countries) throws IOException {
    String name = file.getFileName().toString();
    return of(DictionaryText.read(file), file.toString(), name, countries);
  }

  /** From dictionary text already read ({@link DictionaryText#lines}); {@code source} names it. */
  public static OfficeHolders of(
      List<DictionaryText.Line> lines, String source, String name, CountryTable countries) {
    List<String> problems = new ArrayList<>();
    ActorDictionary dictionary = new ActorDictionary();
    dictionary.read(lines, name, problems);
    Map<String, List<ActorCodes>> byName = new HashMap<>();
    dictionary
        .phrases()
        .forEach(
            e -> {
              if (e.value().restrictions().stream().anyMatch(OfficeHolders::dated)) {
                byName
                    .computeIfAbsent(key(String.join(" ", e.words())), k -> new ArrayList<>())
                    .add(e.value());
              }
            });
    return new OfficeHolders(byName, countries, source, problems);
  }

  /**
   * A name in the one form both sides are compared in: accents dropped, upper case, every run of
   * other characters (blanks, underscores, hyphens, periods, apostrophes) one blank. "Kim Jong-Un",
   * "KIM_JONG_UN" and "Kim Jong Un" give KIM JONG UN; "A.K. Antony" and "A._K._ANTONY_" give A K
   * ANTONY; "Édouard Philippe" gives EDOUARD PHILIPPE.
   */
  public static String key(String name) {
    String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    return NOT_NAME.matcher(plain.toUpperCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  /**
   * The actor with the state role its name held on {@code date} in its own country, or {@code
   * actor} itself (see the class comment for the rule).
   */
  public Actor resolve(Actor actor, LocalDate date) {
    if (date == null || actor.name() == null || actor.country() == null || actor.hasStateRole()) {
      return actor;
    }
    List<ActorCodes> records = byName.get(key(actor.name()));
    if (records == null) {
      return actor;
    }
    for (ActorCodes record : records) {
      for (ActorCodes.Restriction r : record.restrictions()) {
        if (heldOn(r, date)) {
          for (String code : r.codes()) {
            Actor held = Actor.ofCameoCode(code, actor.name(), countries);
            if (actor.country().equals(held.country()) && held.hasStateRole()) {
              resolved.increment();
              return held;
            }
          }
          break;
        }
      }
    }
    return actor;
  }

  /**
   * A code with a date bound ("[MYSELI]" indented under a leader holds on every day: no office).
   */
  private static boolean dated(ActorCodes.Restriction r) {
    return r.from() != null || r.to() != null;
  }

  /** Whether a dated code holds on {@code date}, an open end for one {@link #TERM} only. */
  private static boolean heldOn(ActorCodes.Restriction r, LocalDate date) {
    return dated(r) && r.holds(date) && (r.to() != null || !date.isAfter(r.from().plus(TERM)));
  }

  /** Actors given a role so far, by every reader that used this list. */
  public long resolved() {
    return resolved.sum();
  }

  /** Names with at least one dated code. */
  public int names() {
    return byName.size();
  }

  /** The file the list was read from. */
  public String source() {
    return source;
  }

  /** Dictionary lines that could not be read ("file:line: reason"). */
  public List<String> problems() {
    return problems;
  }
}
