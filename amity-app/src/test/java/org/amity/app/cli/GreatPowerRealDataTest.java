package org.amity.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.amity.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Great-power facts on real ICEWS days of 2014 (the oil-rig standoff year): every situation with
 * China or the United States among its parties, the South China Sea's included, carries the
 * great-power flag, says in words whether the power is a side or a coastal state of the sea area,
 * and the recommendation for it carries the great-power note.
 */
class GreatPowerRealDataTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void everySituationWithAGreatPowerAmongItsPartiesSaysSoInTheStoreAndTheRecommendation()
      throws Exception {
    String db = dir.resolve("icews14.duckdb").toString();
    Cli.Run in =
        Cli.run(
            "ingest",
            "icews-daily",
            "--db",
            db,
            TestData.file("icews-tkg-sea/icews14s_sea_events_2014-01-01_2014-09-30.csv")
                .toString());
    assertThat(in.exit()).as(in.err()).isZero();
    Cli.Run w = Cli.run("watch", "--db", db, "--full");
    assertThat(w.exit()).as(w.err()).isZero();
    Cli.Run s = Cli.run("situations", "--db", db, "--status", "all", "--json");
    assertThat(s.exit()).as(s.err()).isZero();
    List<JsonNode> withPower = new ArrayList<>();
    for (JsonNode n : JSON.readTree(s.out())) {
      String parties = n.get("parties").toString();
      if (parties.contains("\"CHN\"") || parties.contains("\"USA\"")) {
        withPower.add(n);
      }
    }
    assertThat(withPower).as("situations with CHN or USA as a party").isNotEmpty();
    String lines = Cli.run("situations", "--db", db, "--status", "all").out();
    for (JsonNode n : withPower) {
      assertThat(n.get("greatPowerParty").asBoolean()).as(n.get("title").asText()).isTrue();
      // on a sea area the great power is a coastal state, which is what the words say (not that
      // it took part); a dyad with China names it as a side; the CLI line says the same words
      boolean area = n.get("scope").asText().equals("area");
      assertThat(n.get("greatPowerRole").asText()).isEqualTo(area ? "coastal-state" : "party");
      String words = n.get("greatPowerWords").asText();
      if (area) {
        assertThat(words).isEqualTo("a great power (China) is a coastal state of the sea area");
      } else {
        assertThat(words).startsWith("a great power (").endsWith(") is a party");
      }
      assertThat(lines).contains("#" + n.get("id").asText() + " ");
      assertThat(lines).contains(words);
      Cli.Run r = Cli.run("recommend", "--db", db, "--situation", n.get("id").asText(), "--json");
      assertThat(r.exit()).as(r.err()).isZero();
      JsonNode rec = JSON.readTree(r.out());
      assertThat(rec.get("situation").get("greatPowerParty").asBoolean()).isTrue();
      assertThat(rec.get("notes").toString()).contains("great power(s)");
      // the note says what the situation says (audit2 D17): a coastal state is not "involved"
      assertThat(rec.get("situation").get("greatPowerRole").asText())
          .isEqualTo(area ? "coastal-state" : "party");
      assertThat(rec.get("notes").toString().contains("involved")).isEqualTo(!area);
    }
  }

  /**
   * The stored situations of the oil-rig standoff as the thirty-first round advises them (audit2
   * D14-D16): the China-Viet Nam dyad, read from ICEWS daily rows that carry no place, has sea or
   * land unknown and keeps the DOC; Viet Nam's own situation, inter-state, has China as a party and
   * asks both for consent; both are advised with the knowledge base of 2014, and say so.
   */
  @Test
  void theOilRigSituationsOf2014AreAdvisedAsOf2014WithBothSidesAndTheSeaKept() throws Exception {
    String db = dir.resolve("icews14b.duckdb").toString();
    Cli.Run in =
        Cli.run(
            "ingest",
            "icews-daily",
            "--db",
            db,
            TestData.file("icews-tkg-sea/icews14s_sea_events_2014-01-01_2014-09-30.csv")
                .toString());
    assertThat(in.exit()).as(in.err()).isZero();
    assertThat(Cli.run("watch", "--db", db, "--full").exit()).isZero();
    JsonNode dyad = null;
    JsonNode vietNam = null;
    for (JsonNode n :
        JSON.readTree(Cli.run("situations", "--db", db, "--status", "all", "--json").out())) {
      if (n.get("subject").asText().equals("CHN-VNM")) {
        dyad = n;
      }
      if (n.get("subject").asText().equals("VNM")
          && n.get("threatTypes").toString().contains("inter-state")) {
        vietNam = n;
      }
    }
    assertThat(dyad).as("the China-Viet Nam situation").isNotNull();
    assertThat(vietNam).as("Viet Nam's inter-state situation").isNotNull();
    JsonNode d =
        JSON.readTree(
            Cli.run("recommend", "--db", db, "--situation", dyad.get("id").asText(), "--json")
                .out());
    // opened in May 2014: the knowledge base of the end of 2013 (audit4 H5)
    assertThat(d.get("knowledgeBase").get("asOf").asText()).isEqualTo("2013");
    assertThat(d.get("situation").get("domain").asText()).isEqualTo("unknown");
    assertThat(d.get("excluded").toString()).doesNotContain("works only at sea");
    JsonNode v =
        JSON.readTree(
            Cli.run(
                    "recommend",
                    "--db",
                    db,
                    "--situation",
                    vietNam.get("id").asText(),
                    "--top",
                    "30",
                    "--json")
                .out());
    assertThat(v.get("situation").get("parties").toString()).contains("\"CHN\"", "\"VNM\"");
    boolean bothAsked = false;
    for (JsonNode o : v.get("options")) {
      String consent = o.get("consentRequired").toString();
      bothAsked |= consent.contains("\"CHN\"") && consent.contains("\"VNM\"");
    }
    assertThat(bothAsked).as("some option needs both sides' consent").isTrue();
  }
}
