package org.amity.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.amity.event.CameoCodebook;
import org.amity.event.Event;
import org.amity.event.GeoPrecision;
import org.amity.event.QuadClass;
import org.amity.ingest.Format;
import org.amity.ingest.RowException;
import org.junit.jupiter.api.Test;

class ExportRowWriterTest {
  @Test
  void fractionDateIsComputedAsGdeltDoes() {
    // Values from real GDELT rows: 2015-10-14 and 2003-04-04.
    assertThat(ExportRowWriter.fractionDate(LocalDate.of(2015, 10, 14))).isEqualTo("2015.7781");
    assertThat(ExportRowWriter.fractionDate(LocalDate.of(2003, 4, 4))).isEqualTo("2003.2575");
    assertThat(ExportRowWriter.fractionDate(LocalDate.of(2025, 1, 1))).isEqualTo("2025.0027");
  }

  @Test
  void toneIsPrintedWithoutExponentOrTrailingZeros() {
    assertThat(ExportRowWriter.tone(0)).isEqualTo("0");
    assertThat(ExportRowWriter.tone(-2.5)).isEqualTo("-2.5");
    assertThat(ExportRowWriter.tone(100.0 * 7 / 478)).isEqualTo("1.46443514644351");
    assertThat(ExportRowWriter.tone(100.0 / 3_000_000)).doesNotContain("E");
  }

  @Test
  void aWrittenRowReadsBackThroughTheIngestParser() throws RowException {
    Gazetteer g = Gazetteer.standard();
    Incident in =
        new Incident(
            LocalDate.of(2025, 3, 4),
            new SimActor("PHLCOP", "COAST GUARD", "PHL", "", "COP"),
            new SimActor("CHNMIL", "CHINA", "CHN", "", "MIL"),
            CameoCodebook.standard().get("191"),
            g.find(p -> p.id().equals("sea-scarborough")).get(0),
            "E1");
    String row =
        ExportRowWriter.row(
            new ExportRowWriter.Report(
                1_300_000_001L,
                in,
                LocalDateTime.of(2025, 3, 4, 13, 45),
                10,
                2,
                10,
                -6.25,
                true,
                "https://x.example/a"));
    assertThat(row.split("\t", -1)).hasSize(61);
    byte[] b = row.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Event e = Format.GDELT2.newParser().parse(b, 0, b.length, 1);
    assertThat(e.nativeId()).isEqualTo("1300000001");
    assertThat(e.source().code()).isEqualTo("PHLCOP");
    assertThat(e.source().types()).containsExactly("COP");
    assertThat(e.target().country()).isEqualTo("CHN");
    assertThat(e.code().code()).isEqualTo("191");
    assertThat(e.quadClass()).isEqualTo(QuadClass.MATERIAL_CONFLICT);
    assertThat(e.goldstein()).isEqualTo(-9.5);
    assertThat(e.action().country()).isEqualTo("PHL");
    assertThat(e.action().precision()).isEqualTo(GeoPrecision.PLACE);
    assertThat(e.action().name()).startsWith("Scarborough Shoal");
    assertThat(e.dateAdded()).isEqualTo(LocalDateTime.of(2025, 3, 4, 13, 45));
    assertThat(e.avgTone()).isEqualTo(-6.25);
  }

  @Test
  void timorLesteActorsUseCameosOwnCode() throws RowException {
    Chance c = new Chance(1);
    SimActor a = SimActor.of("TLS", "GOV", c);
    assertThat(a.code()).isEqualTo("TMPGOV");
    assertThat(a.country()).isEqualTo("TMP");
  }
}
