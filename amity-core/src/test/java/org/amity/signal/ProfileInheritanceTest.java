package org.amity.signal;

import static org.amity.signal.SignalFixtures.shippedDetectors;
import static org.amity.signal.SignalFixtures.writtenProfile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A profile that starts from another ({@code profile.NAME.from}): the other's keys, after its own
 * {@code from}, then its own over them; an unknown profile, the profile itself or a cycle is an
 * error.
 */
class ProfileInheritanceTest {
  /** The shipped seven-day profile written out in full as profile {@code base}. */
  private static final String BASE = copy("base");

  /** The shipped seven-day profile's keys written out again under this name: the full-copy form. */
  private static String copy(String name) {
    StringBuilder out = new StringBuilder();
    try {
      writtenProfile(shippedDetectors(), "rolling7")
          .forEach((k, v) -> out.append("profile.%s.%s = %s\n".formatted(name, k, v)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** One spec on the named profile, so that the profile's settings can be read back. */
  private static String spec(String profile) {
    String p = "spec." + profile + "_7d.";
    return p
        + "scope = country\n"
        + p
        + "resolution = day\n"
        + p
        + "rolling = 7\n"
        + p
        + "source = events\n"
        + p
        + "numerator = conflict_incidents\n"
        + p
        + "denominator = incidents\n"
        + p
        + "minVolume = 300\n"
        + p
        + "profile = "
        + profile
        + "\n";
  }

  private static DetectorSettings settings(String text, String profile) {
    return DetectorConfig.parse(text + spec(profile), "t")
        .spec(profile + "_7d")
        .orElseThrow()
        .settings();
  }

  @Test
  void aProfileFromAnotherHasItsKeysWithItsOwnOverThem() {
    String text =
        BASE
            + "profile.quiet.from = base\nprofile.quiet.lowerDispersion = true\n"
            + "profile.quiet.zWarning = 5.5\n";
    DetectorSettings base = settings(text, "base");
    DetectorSettings quiet = settings(text, "quiet");
    assertThat(List.of(base.lowerDispersion(), quiet.lowerDispersion()))
        .containsExactly(false, true);
    assertThat(quiet.zWarning()).isEqualTo(5.5).isNotEqualTo(base.zWarning());
    assertThat(quiet)
        .usingRecursiveComparison()
        .ignoringFields("lowerDispersion", "zWarning")
        .isEqualTo(base);
  }

  @Test
  void aProfileWithOnlyAFromIsItsParent() {
    assertThat(settings(BASE + "profile.same.from = base\n", "same"))
        .isEqualTo(settings(BASE, "base"));
  }

  /** Down a chain each step's own keys replace what it takes, so the nearest setting wins. */
  @Test
  void aChainTakesEachStepsKeysAndTheNearestSettingWins() {
    String chain =
        "profile.mid.from = base\nprofile.mid.zWarning = 5\nprofile.mid.zAlert = 7\n"
            + "profile.top.from = mid\nprofile.top.zAlert = 8\n";
    String flat = "profile.flat.from = base\nprofile.flat.zWarning = 5\nprofile.flat.zAlert = 8\n";
    assertThat(settings(BASE + chain, "top")).isEqualTo(settings(BASE + flat, "flat"));
    assertThat(settings(BASE + chain, "mid").zAlert()).isEqualTo(7);
  }

  @Test
  void theFullCopyFormAndTheFromFormReadTheSame() {
    String full =
        copy("quiet")
            + "profile.quiet.lowerDispersion = true\n"
            + copy("sum")
                .lines()
                .filter(l -> !l.startsWith("profile.sum.cusum"))
                .map(l -> l + "\n")
                .reduce("", String::concat)
            + "profile.sum.cusum = false\n";
    String from =
        "profile.quiet.from = base\nprofile.quiet.lowerDispersion = true\n"
            + "profile.sum.from = base\nprofile.sum.cusum = false\n";
    for (String profile : new String[] {"quiet", "sum"}) {
      assertThat(settings(BASE + from, profile))
          .as(profile)
          .isEqualTo(settings(BASE + full, profile));
    }
  }

  @Test
  void aProfileThatTurnsItsCusumOffLeavesItsParentsLimitsBehindButMayNotSetItsOwn() {
    String sum = BASE + "profile.sum.from = base\nprofile.sum.cusum = false\n";
    assertThat(settings(sum, "sum").cusum()).isFalse();
    assertThatThrownBy(() -> settings(sum + "profile.sum.cusumWatch = 12\n", "sum"))
        .hasMessage("t: profile.sum.cusumWatch is set but profile.sum.cusum is false");
    // turned back on further down a chain, the limits are the profile's own to set
    String on = sum + "profile.again.from = sum\nprofile.again.cusum = true\n";
    assertThatThrownBy(() -> settings(on, "again"))
        .hasMessage("t: missing profile.again.cusumAllowance");
  }

  @Test
  void aFromNamingAnUnknownProfileOrItselfOrEmptyIsRefused() {
    assertThatThrownBy(() -> settings(BASE + "profile.quiet.from = rolling7\n", "base"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("t: profile.quiet.from names unknown profile 'rolling7'");
    assertThatThrownBy(() -> settings(copy("self") + "profile.self.from = self\n", "self"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("t: profile.self.from names the profile itself");
    assertThatThrownBy(() -> settings(copy("blank") + "profile.blank.from =\n", "blank"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("t: profile.blank.from is empty");
  }

  @Test
  void aCycleOfFromsIsRefusedWithItsProfilesInOrder() {
    assertThatThrownBy(() -> settings(BASE + "profile.a.from = b\nprofile.b.from = a\n", "base"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("t: profile.a.from makes a cycle: a from b from a");
    // a cycle further up a chain names the profiles in it, not the one that led into it
    assertThatThrownBy(
            () ->
                settings(
                    BASE + "profile.a.from = b\nprofile.b.from = c\nprofile.c.from = b\n", "base"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("t: profile.b.from makes a cycle: b from c from b");
  }

  @Test
  void aParentsBadKeyIsReportedUnderTheParentNotTheProfileThatTakesIt() {
    String text = BASE + "profile.base.zWarning = x\nprofile.a.from = base\n";
    assertThatThrownBy(() -> settings(text, "a"))
        .hasMessage("t: profile.base.zWarning is not a number: 'x'");
  }

  @Test
  void onlyProfilesInherit() {
    assertThatThrownBy(() -> settings(BASE + "spec.base_7d.from = other\n", "base"))
        .hasMessage("t: unknown key 'spec.base_7d.from'");
  }
}
