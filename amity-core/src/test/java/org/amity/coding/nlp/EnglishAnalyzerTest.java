package org.amity.coding.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EnglishAnalyzerTest {
  private final EnglishAnalyzer analyzer = new EnglishAnalyzer();

  @Test
  void splitsSentences() {
    assertThat(analyzer.sentences("Pirates boarded a tanker. The crew was safe.")).hasSize(2);
  }

  @Test
  void aSentenceIsNotEndedByAnAbbreviationFollowedByALowerCaseWord() {
    assertThat(analyzer.sentences("The K.U. basketball team met the U.S. envoy. He left."))
        .containsExactly("The K.U. basketball team met the U.S. envoy.", "He left.");
  }

  @Test
  void tagsAndLemmatisesVerbs() {
    TaggedSentence s = analyzer.analyze("Gunmen kidnapped three sailors.");
    int i = Arrays.asList(s.words()).indexOf("KIDNAPPED");
    assertThat(s.tags()[i]).isEqualTo("VERB");
    assertThat(s.lemmas()[i]).isEqualTo("KIDNAP");
  }

  @Test
  void anAbbreviationInsideASentenceKeepsItsLastPeriodAndTheSentenceEndKeepsItsOwn() {
    assertThat(EnglishAnalyzer.rejoinAbbreviations(new String[] {"The", "K.U", ".", "team", "."}))
        .containsExactly("The", "K.U.", "team", ".");
    assertThat(EnglishAnalyzer.rejoinAbbreviations(new String[] {"met", "the", "U.S", "."}))
        .containsExactly("met", "the", "U.S", ".");
    assertThat(EnglishAnalyzer.rejoinAbbreviations(new String[] {"in", "Mr", ".", "Voss"}))
        .containsExactly("in", "Mr", ".", "Voss");
    assertThat(analyzer.analyze("The K.U. team met the U.S. envoy.").words())
        .containsExactly("THE", "KU", "TEAM", "MET", "THE", "US", "ENVOY", ".");
  }

  @Test
  void splitsContractionsHyphensAndPossessives() {
    TaggedSentence s = analyzer.analyze("Manila's Singapore-flagged tanker isn't lost.");
    assertThat(s.words()).contains("MANILA", "'S", "SINGAPORE", "-", "FLAGGED", "IS", "N'T");
    assertThat(s.words().length).isEqualTo(s.tags().length).isEqualTo(s.lemmas().length);
  }

  @Test
  void readsPennTreebankAndConlluParses() {
    TreebankParse.Leaves p =
        TreebankParse.read("(ROOT (S (NP (NNP Arnor)) (VP (VBD left)) (. .)))");
    assertThat(p.tokens()).containsExactly("Arnor", "left", ".");
    assertThat(p.tags()).containsExactly("PROPN", "VERB", "PUNCT");
    TreebankParse.Leaves c = TreebankParse.read("1\tUS\tUS\tPROPN\tNNP\n2\tleft\tleave\tVERB\tVBD");
    assertThat(c.tags()).containsExactly("PROPN", "VERB");
  }

  @Test
  void refusesAnUnbalancedParse() {
    assertThatThrownBy(() -> TreebankParse.read("(ROOT (S (NP (NNP Arnor)) (VP (VBD left))"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("balance");
  }
}
