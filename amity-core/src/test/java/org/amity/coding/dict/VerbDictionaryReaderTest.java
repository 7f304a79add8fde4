package org.amity.coding.dict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerbDictionaryReaderTest {
  private final List<String> problems = new ArrayList<>();

  private VerbDictionary read(String text) {
    return VerbDictionaryReader.read(DictionaryText.lines(text), "test", problems);
  }

  private static VerbDictionary.Found at(VerbDictionary d, String sentence) {
    String[] w = Words.of(sentence);
    for (int i = 0; i < w.length; i++) {
      VerbDictionary.Found f = d.at(w, null, i);
      if (f != null) {
        return f;
      }
    }
    return null;
  }

  @Test
  void makesRegularAndIrregularForms() {
    VerbDictionary d = read("--- BREAK [1717] ---\nBREAK {BROKE BROKEN}\nHURRY\n");
    assertThat(at(d, "they broke it").entry().code()).isEqualTo("1717");
    assertThat(at(d, "she breaks").entry().base()).isEqualTo("BREAK");
    assertThat(at(d, "he hurried off").entry().base()).isEqualTo("HURRY");
    assertThat(problems).isEmpty();
  }

  @Test
  void readsPhrasalVerbsWithTheirHead() {
    VerbDictionary d =
        read("--- X [1721] ---\n+CORDON_OFF {+CORDONED_OFF}\nWIRE_+TAP {WIRE_+TAPPED}\n");
    VerbDictionary.Found f = at(d, "troops cordoned off roads");
    assertThat(f.end() - f.start()).isEqualTo(2);
    assertThat(f.head()).isEqualTo(f.start());
    VerbDictionary.Found w = at(d, "they wire tapped lines");
    assertThat(w.head()).isEqualTo(w.start() + 1);
  }

  @Test
  void readsPairedAndNullCodes() {
    VerbDictionary d = read("--- ARRIVE [032:033] ---\nARRIVE\n--- ACCELERATE [---] ---\nRUSH\n");
    assertThat(at(d, "he arrived").entry().reverse()).isEqualTo("033");
    assertThat(at(d, "they rushed").entry().code()).isNull();
  }

  @Test
  void readsPetrarchOnePatterns() {
    VerbDictionary d = read("--- AGREE [081] ---\nAGREE\n- SAID * TO_ATTEND [082]\n");
    VerbPattern p = d.at(Words.of("agreed"), null, 0).entry().block().patterns().get(0);
    assertThat(p.before()).extracting(VerbPattern.Element::value).containsExactly("SAID");
    assertThat(p.before().get(0).attached()).isFalse();
    assertThat(p.after()).extracting(VerbPattern.Element::value).containsExactly("TO", "ATTEND");
    assertThat(p.after().get(1).attached()).isTrue();
    assertThat(p.code()).isEqualTo("082");
  }

  @Test
  void readsPetrarchTwoPatterns() {
    VerbDictionary d = read("--- ADD [---] ---\nADD\n- * (TO LIST) (OF {BANNED PARTIES}) [1722]\n");
    VerbPattern p = d.at(Words.of("add"), null, 0).entry().block().patterns().get(0);
    assertThat(p.after())
        .extracting(VerbPattern.Element::value)
        .containsExactly("TO", "LIST", "OF", "BANNED", "PARTIES");
    assertThat(p.after().get(4).attached()).isTrue();
    assertThat(p.after().get(3).attached()).isFalse();
  }

  @Test
  void readsActorMarkersAndSynsetsWithPlurals() {
    VerbDictionary d =
        read(
            "&TIES_\n+TIES\n&MONEY\n+DOLLAR\n+CASH_\n&ALL\n+&MONEY\n--- GIVE [070] ---\nGIVE\n"
                + "- + HOSTING * &ALL ^ $ [042]\n");
    assertThat(d.synset("MONEY")).extracting(w -> String.join(" ", w)).contains("DOLLARS", "CASH");
    assertThat(d.synset("MONEY")).extracting(w -> String.join(" ", w)).doesNotContain("CASHES");
    assertThat(d.synset("ALL")).hasSize(3);
    VerbPattern p = d.at(Words.of("give"), null, 0).entry().block().patterns().get(0);
    assertThat(p.before())
        .extracting(VerbPattern.Element::kind)
        .containsExactly(VerbPattern.Kind.WORD, VerbPattern.Kind.TARGET);
    assertThat(p.after())
        .extracting(VerbPattern.Element::kind)
        .containsExactly(VerbPattern.Kind.SYNSET, VerbPattern.Kind.SKIP, VerbPattern.Kind.SOURCE);
  }

  @Test
  void reportsAPatternWithoutCode() {
    read("--- X [010] ---\nX\n- * NOTHING\n");
    assertThat(problems).singleElement().asString().contains("test:3");
  }
}
