package org.amity.coding.dict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading transformation rules ({@code ~} lines) and what their names stand for. */
class TransformationTest {
  static final String VERBS =
      """
      --- EXPLAIN [010] ---
      SAY {SAID SAYS}
      STATE
      EXPRESS [110]

      --- FIGHT [190] ---
      ATTACK
      SHELL [194]

      --- KILL_OFF [186] ---
      ASSASSINATE

      --- ATTEMPT [---] ---
      ATTEMPT

      ~ a (b . ATTACK ) SAY = a b 112
      ~ a (a b Q) SAY = a b Q
      ~ a (_ b ASSASSINATE) ATTEMPT = a b 185
      ~ a (b . ATTACK) SHOUT = a b 112
      """;

  static VerbDictionary read(List<String> problems) {
    VerbDictionary d = VerbDictionaryReader.read(DictionaryText.lines(VERBS), "t", problems);
    d.resolveTransformations(problems);
    return d;
  }

  @Test
  void aRuleIsReadIntoItsParts() {
    Transformation t = Transformation.parse("~ a (b . ATTACK ) SAY = a b 112");
    assertThat(t.speaker()).isEqualTo("a");
    assertThat(t.source()).isEqualTo("b");
    assertThat(t.target()).isEqualTo(Transformation.ANY);
    assertThat(t.embedded()).isEqualTo("ATTACK");
    assertThat(t.reporting()).isEqualTo("SAY");
    assertThat(t.outCode()).isEqualTo("112");
    assertThat(t.keepsCode()).isFalse();
    assertThat(Transformation.parse("~ a (a b Q) SAY = a b Q").keepsCode()).isTrue();
    assertThat(Transformation.parse("~ a (_ b ATTACK) WANT = a b 138").source())
        .isEqualTo(Transformation.NONE);
  }

  @Test
  void aMalformedRuleOrAnUnboundVariableIsRefused() {
    assertThatThrownBy(() -> Transformation.parse("~ a b ATTACK SAY = a b 112"))
        .hasMessageContaining("not of the form");
    assertThatThrownBy(() -> Transformation.parse("~ a (b . ATTACK) SAY = a c 112"))
        .hasMessageContaining("does not bind");
    assertThatThrownBy(() -> Transformation.parse("~ a (b . ATTACK) SAY = a . 112"))
        .hasMessageContaining("does not bind");
    assertThatThrownBy(() -> Transformation.parse("~ a (b . ATTACK) SAY = a b R"))
        .hasMessageContaining("neither a code");
  }

  @Test
  void theReaderKeepsRulesInOrderAndReportsThoseNamingNoVerb() {
    List<String> problems = new ArrayList<>();
    VerbDictionary d = read(problems);
    assertThat(d.transformations()).isEqualTo(4);
    assertThat(d.transformationRules())
        .extracting(r -> r.rule().reporting())
        .containsExactly("SAY", "SAY", "ATTEMPT");
    assertThat(problems).singleElement().asString().contains("SHOUT");
  }

  @Test
  void theReportingVerbIsTheWordAndItsSynonymsOfTheSameCode() {
    VerbDictionary d = read(new ArrayList<>());
    Transformation.Resolved say = d.transformationRules().get(0);
    assertThat(say.reports(d.base("SAY"))).isTrue();
    assertThat(say.reports(d.base("STATE"))).isTrue();
    assertThat(say.reports(d.base("EXPRESS"))).isFalse();
    assertThat(say.reports(d.base("ATTACK"))).isFalse();
    Transformation.Resolved attempt = d.transformationRules().get(2);
    assertThat(attempt.reports(d.base("ATTEMPT"))).isTrue();
  }

  @Test
  void anEmbeddedNameCoversItsCodeAndARootsGenericCodeCoversTheRoot() {
    VerbDictionary d = read(new ArrayList<>());
    Transformation.Resolved attack = d.transformationRules().get(0);
    assertThat(attack.covers("190")).isTrue();
    assertThat(attack.covers("194")).isTrue();
    assertThat(attack.covers("1951")).isTrue();
    assertThat(attack.covers("180")).isFalse();
    assertThat(attack.covers(null)).isFalse();
    Transformation.Resolved assassinate = d.transformationRules().get(2);
    assertThat(assassinate.covers("186")).isTrue();
    assertThat(assassinate.covers("185")).isFalse();
    assertThat(d.transformationRules().get(1).covers("040")).isTrue();
  }
}
