package org.amity.coding.plover;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.amity.coding.eval.PloverTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PloverTypesTest {
  @TempDir Path dir;

  private PloverTypes types() throws IOException {
    Path t = dir.resolve("t.txt");
    Files.writeString(
        t,
        "03: AGREE\n07: AID\n10: REQUEST\n12: REJECT\n13: THREATEN\n16: SANCTION\n19: ASSAULT\n");
    return new PloverTypes(PloverTable.read(t));
  }

  @Test
  void readsAppealsAsRequestsThoughTheTableLeavesThemOut() throws IOException {
    PloverTypes types = types();
    assertThat(types.of("0214")).isEqualTo("REQUEST");
    assertThat(types.of("104")).isEqualTo("REQUEST");
    assertThat(types.of("010")).isNull();
  }

  @Test
  void refusedCooperationIsARejectionAndARefusedAttackIsNoEvent() throws IOException {
    PloverTypes types = types();
    assertThat(types.read("070", true, false)).isEqualTo("REJECT");
    assertThat(types.read("190", true, false)).isNull();
    assertThat(types.read("120", false, false)).isEqualTo("REJECT");
  }

  @Test
  void announcedCooperationIsAnAgreementAndAnnouncedForceAThreat() throws IOException {
    PloverTypes types = types();
    assertThat(types.read("070", false, true)).isEqualTo("AGREE");
    assertThat(types.read("160", false, true)).isEqualTo("THREATEN");
    assertThat(types.read("100", false, true)).isEqualTo("REQUEST");
    assertThat(types.read("190", false, false)).isEqualTo("ASSAULT");
  }

  @Test
  void readsGoldTypesInTodaysNames() {
    assertThat(PloverTypes.current("DEMAND")).isEqualTo("REQUEST");
    assertThat(PloverTypes.current("FIGHT")).isEqualTo("ASSAULT");
    assertThat(PloverTypes.current("PROTEST")).isEqualTo("PROTEST");
  }
}
