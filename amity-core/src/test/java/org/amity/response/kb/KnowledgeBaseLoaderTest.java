package org.amity.response.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseLoaderTest {
  @TempDir Path dir;

  /** Instruments the issue names, by their ids here. */
  static final List<String> REQUIRED =
      List.of(
          "tac",
          "tac-high-council",
          "asean-charter",
          "arf",
          "doc",
          "acct",
          "aha-centre",
          "aipr",
          "admm",
          "admm-plus",
          "adi",
          "cues",
          "malacca-strait-patrols",
          "sulu-celebes-tca",
          "acgf",
          "recaap-isc",
          "apsc-blueprint",
          "arf-chair",
          "arf-eep",
          "asean-chair",
          "asean-secretary-general",
          "asean-chair-envoy",
          "aipr-experts",
          "asean-erat",
          "aathp",
          "bali-process");

  @Test
  void shippedKnowledgeBaseIsValidAndHoldsEveryRequiredInstrument() {
    KnowledgeBaseLoader.Result r = KnowledgeBaseLoader.readStandard();
    assertThat(r.problems()).isEmpty();
    KnowledgeBase kb = r.orThrow();
    for (String id : REQUIRED) {
      assertThat(kb.findInstrument(id)).as(id).isPresent();
    }
    for (Instrument i : kb.listInstruments()) {
      assertThat(i.sources()).as(i.id()).isNotEmpty();
      assertThat(i.readiness().evidence()).as(i.id()).isNotBlank();
      assertThat(i.readiness().date()).as(i.id()).isNotNull();
      assertThat(kb.findSource(i.readiness().source())).as(i.id()).isPresent();
    }
    assertThat(kb.listPrinciples())
        .extracting(Principle::number)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
  }

  @Test
  void factsMatchTheRegionalRecord() {
    KnowledgeBase kb = KnowledgeBase.standard();
    assertThat(kb.getInstrument("sulu-celebes-tca").members())
        .containsExactlyInAnyOrder("IDN", "MYS", "PHL");
    assertThat(kb.getInstrument("recaap-isc").members()).doesNotContain("IDN", "MYS").hasSize(21);
    assertThat(kb.getInstrument("cues").forces()).containsExactly("navy");
    assertThat(kb.getInstrument("cues").members()).hasSize(21);
    assertThat(kb.getInstrument("tac-high-council").readiness().level())
        .isEqualTo(ReadinessLevel.NEVER_USED);
    assertThat(kb.getInstrument("arf").members()).hasSize(26); // plus the European Union
  }

  @Test
  void reportsAnInstrumentOfferingAnUnknownMeasure() {
    var r =
        KnowledgeBaseLoader.read(
            KbFixture.replaceFirst(
                dir, "instruments.yaml", "{measure: norm-building}", "{measure: nothing-such}"));
    assertThat(r.valid()).isFalse();
    assertThat(r.problems())
        .anySatisfy(p -> assertThat(p.message()).contains("unknown measure type"));
  }

  @Test
  void reportsAnInstrumentWithoutSources() {
    var r =
        KnowledgeBaseLoader.read(
            KbFixture.replaceFirst(
                dir,
                "instruments.yaml",
                "    sources: [tac-1976, workshop-2018, tac-accessions]\n",
                ""));
    assertThat(r.problems())
        .anySatisfy(
            p -> {
              assertThat(p.where()).isEqualTo("instrument tac");
              assertThat(p.message()).contains("sources");
            });
  }

  @Test
  void reportsAnUnknownSourceAndAnUnknownCountry() {
    String t =
        KbFixture.text("instruments.yaml")
            .replace(
                "sources: [tac-1976, workshop-2018, tac-accessions]", "sources: [no-such-source]")
            .replace("members: [KHM, LAO, THA, VNM]", "members: [KHM, LAO, THA, XYZ]");
    var r = KnowledgeBaseLoader.read(KbFixture.copy(dir, "instruments.yaml", t));
    assertThat(r.problems())
        .extracting(KbProblem::message)
        .anyMatch(m -> m.contains("unknown source 'no-such-source'"))
        .anyMatch(m -> m.contains("'XYZ'"));
  }

  @Test
  void reportsAMissingArfPrinciple() {
    String t = KbFixture.text("norms.yaml");
    int from = t.indexOf("  - id: international-law");
    int to = t.indexOf("# Themes");
    var r =
        KnowledgeBaseLoader.read(
            KbFixture.copy(dir, "norms.yaml", t.substring(0, from) + t.substring(to)));
    assertThat(r.problems()).extracting(KbProblem::message).contains("ARF principle 8 is missing");
  }

  @Test
  void reportsUnknownFieldsAndReadinessWithoutDate() {
    var r =
        KnowledgeBaseLoader.read(
            KbFixture.replaceFirst(
                dir,
                "instruments.yaml",
                "date: 2012-07-12, source: tac-1976}",
                "source: tac-1976, since: 1976}"));
    assertThat(r.problems())
        .extracting(KbProblem::message)
        .anyMatch(m -> m.contains("unknown field 'since'"))
        .anyMatch(m -> m.contains("missing 'date'"));
  }

  @Test
  void reportsAFileThatIsNotYaml() {
    var r = KnowledgeBaseLoader.read(KbFixture.copy(dir, "measures.yaml", "measures: [ {id: x"));
    assertThat(r.valid()).isFalse();
    assertThat(r.problems().get(0).file()).isEqualTo("measures.yaml");
  }

  @Test
  void asOfAYearDropsInstrumentsAndOffersThatDidNotExistYet() {
    KnowledgeBase kb = KnowledgeBase.standard().asOf(2012);
    assertThat(kb.findInstrument("sulu-celebes-tca")).isEmpty();
    assertThat(kb.getInstrument("doc").offers())
        .extracting(Offer::measure)
        .doesNotContain("hotline");
  }

  @Test
  void asOfAYearCountsAnAseanBodysMembersOnlyFromTheYearTheyJoined() {
    KnowledgeBase standard = KnowledgeBase.standard();
    assertThat(standard.getInstrument("asean-fmm").members()).contains("KHM", "TLS");
    assertThat(standard.asOf(1997).getInstrument("asean-fmm").members())
        .contains("MMR", "LAO", "VNM", "THA")
        .doesNotContain("KHM", "TLS");
    assertThat(standard.asOf(1999).getInstrument("asean-fmm").members()).contains("KHM");
    assertThat(standard.asOf(2006).getInstrument("asean-secretary-general").members())
        .doesNotContain("TLS");
    assertThat(standard.asOf(2025).getInstrument("asean-secretary-general").members())
        .contains("TLS");
  }

  @Test
  void aLongerListIsDatedByItsOwnJoiningYearsNotByAseans() {
    // Cambodia took part in the ARF from 1995 and joined ASEAN in 1999; Timor-Leste from 2005
    KnowledgeBase then = KnowledgeBase.standard().asOf(1997);
    assertThat(then.getInstrument("arf").members()).contains("KHM").doesNotContain("TLS", "MNG");
    assertThat(then.getInstrument("asean-fmm").members()).doesNotContain("KHM");
  }

  @Test
  void reportsAJoiningYearForAStateOutsideTheGroupOrForAGroupThatDoesNotExist() {
    String t =
        KbFixture.text("instruments.yaml")
            .replace("  ASEAN10: {BRN: 1984,", "  ASEAN10: {USA: 1990, BRN: 1984,")
            .replace("joined:\n", "joined:\n  NOSUCH: {VNM: 1995}\n");
    var r = KnowledgeBaseLoader.read(KbFixture.copy(dir, "instruments.yaml", t));
    assertThat(r.problems())
        .extracting(KbProblem::message)
        .anyMatch(m -> m.contains("'USA' is not a member of the group"))
        .anyMatch(m -> m.contains("no group named 'NOSUCH'"));
  }

  @Test
  void readsAnOffersOwnConsentAndASeaInstrumentsWaters() {
    KnowledgeBase kb = KnowledgeBase.standard();
    Instrument court = kb.getInstrument("intl-adjudication");
    assertThat(court.offers())
        .extracting(o -> o.measure() + "=" + court.consentOf(o).id())
        .containsExactlyInAnyOrder(
            "adjudication-by-agreement=all-disputants", "legal-settlement=compulsory");
    assertThat(kb.asOf(2003).getInstrument("doc").findWaters()).isPresent();
  }

  @Test
  void reportsWatersWithAnUnknownCountryAndAnOfferWithAnUnknownConsent() {
    String t =
        KbFixture.text("instruments.yaml")
            .replace("parties: [CHN, VNM, PHL, MYS, BRN]}", "parties: [CHN, XXX], depth: 5}")
            .replace(
                "{measure: legal-settlement, consent: compulsory}",
                "{measure: legal-settlement, consent: by-force}");
    var r = KnowledgeBaseLoader.read(KbFixture.copy(dir, "instruments.yaml", t));
    assertThat(r.problems())
        .extracting(KbProblem::message)
        .anyMatch(m -> m.contains("unknown ISO3 country code 'XXX'"))
        .anyMatch(m -> m.contains("depth"))
        .anyMatch(m -> m.contains("by-force"));
  }
}
