package org.amity.coding.dict;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ActorAndAgentDictionaryTest {
  private final List<String> problems = new ArrayList<>();

  private ActorCodes actor(ActorDictionary d, String phrase) {
    PhraseIndex.Match<ActorCodes> m = d.phrases().longestAt(Words.of(phrase), 0);
    return m == null ? null : m.value();
  }

  @Test
  void synonymsShareTheRecordsCodes() {
    ActorDictionary d = new ActorDictionary();
    d.read(DictionaryText.lines("GONDOR [GON]\n+MINAS_TIRITH\nLORIEN [ELR/GAL]"), "t", problems);
    assertThat(actor(d, "minas tirith").on(null)).containsExactly("GON");
    assertThat(actor(d, "lorien").on(null)).containsExactly("ELR", "GAL");
  }

  @Test
  void codesReadTheSameUnderATurkishDefaultLocale() {
    // Under Turkish, "i".toUpperCase() is a dotted capital I: codes must be upper-cased in ROOT.
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag("tr-TR"));
    try {
      ActorDictionary d = new ActorDictionary();
      d.read(DictionaryText.lines("BALI [idn]"), "t", problems);
      assertThat(actor(d, "bali").on(null)).containsExactly("IDN");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void theFirstDateRestrictionThatHoldsWins() {
    ActorDictionary d = new ActorDictionary();
    d.read(
        DictionaryText.lines(
            "GOLLUM\n\t[HOB < 950601]\n\t[HOBGOV 19950601 - 19990815]\n\t[HOBREB > 990816]\n"),
        "t",
        problems);
    ActorCodes c = actor(d, "gollum");
    assertThat(c.on(LocalDate.of(1995, 1, 1))).containsExactly("HOB");
    assertThat(c.on(LocalDate.of(1996, 1, 1))).containsExactly("HOBGOV");
    assertThat(c.on(LocalDate.of(2001, 1, 1))).containsExactly("HOBREB");
    assertThat(problems).isEmpty();
  }

  @Test
  void twoDigitYearsBelowThirtyAreThisCentury() {
    assertThat(ActorDictionary.date("070723")).isEqualTo(LocalDate.of(2007, 7, 23));
    assertThat(ActorDictionary.date("450703")).isEqualTo(LocalDate.of(1945, 7, 3));
  }

  @Test
  void aNullActorHasNoCode() {
    ActorDictionary d = new ActorDictionary();
    d.read(DictionaryText.lines("BOROMIR [---]"), "t", problems);
    assertThat(actor(d, "boromir").on(null)).isEmpty();
  }

  @Test
  void agentsGetPluralsPrefixesAndSubstitutions() {
    AgentDictionary d = new AgentDictionary();
    d.read(
        DictionaryText.lines(
            "!PERSON! = MAN, WOMAN\nCONGRESS!PERSON! [~LEG]\nPOLICE {} [~COP]\n"
                + "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]\nMSF {} [NGO~]\nDEPUTY [~GOV]"),
        "t",
        problems);
    assertThat(d.phrases().longestAt(Words.of("congresswoman"), 0).value().code()).isEqualTo("LEG");
    assertThat(d.phrases().longestAt(Words.of("polices"), 0)).isNull();
    assertThat(d.phrases().longestAt(Words.of("attorneys general"), 0)).isNotNull();
    assertThat(d.phrases().longestAt(Words.of("deputies"), 0)).isNotNull();
    AgentCode msf = d.phrases().longestAt(Words.of("msf"), 0).value();
    assertThat(msf.applyTo("ARN")).isEqualTo("NGOARN");
    assertThat(new AgentCode("GOV", false).applyTo("USAGOV")).isEqualTo("USAGOV");
  }

  @Test
  void discardsMatchStemsOrWholeWords() {
    DiscardList d = new DiscardList();
    d.read(DictionaryText.lines("BASEBALL\nCRICKET_\n+WORLD GOLF\n"));
    assertThat(d.find(Words.of("two baseballs flew"))).isNotNull();
    assertThat(d.find(Words.of("a cricketer spoke"))).isNull();
    assertThat(d.find(Words.of("the world golf championships")).story()).isTrue();
  }
}
