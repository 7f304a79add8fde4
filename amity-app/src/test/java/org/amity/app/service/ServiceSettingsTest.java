package org.amity.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceSettingsTest {
  @TempDir Path dir;

  @Test
  void readsAConfigFileWithPathsFromItsFolderAndLetsOptionsWin() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("amity-serve.properties"),
            "# the live deployment\nlanding = incoming\nwatch-every = 5\nfollow-gdelt = true\n");
    ServiceSettings s = ServiceSettings.read(file);
    assertThat(s.landing()).isEqualTo(dir.toAbsolutePath().resolve("incoming"));
    assertThat(s.watchEveryMinutes()).isEqualTo(5.0);
    assertThat(s.followGdelt()).isTrue();
    assertThat(s.forecastEveryHours()).isNull();
    ServiceSettings o = s.overriddenBy(null, null, null, null, null, 1.0, 24.0);
    assertThat(o.watchEveryMinutes()).isEqualTo(1.0);
    assertThat(o.forecastEveryHours()).isEqualTo(24.0);
    assertThat(o.landing()).isEqualTo(s.landing());
  }

  @Test
  void refusesAMisspeltSettingRatherThanLeaveAJobOff() throws Exception {
    Path file = Files.writeString(dir.resolve("c.properties"), "watch_every = 5\n");
    assertThatThrownBy(() -> ServiceSettings.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown setting(s) [watch_every]");
  }

  @Test
  void everyJobIsOffUnlessAskedFor() {
    assertThat(ServiceSettings.none().anyJob()).isFalse();
  }
}
