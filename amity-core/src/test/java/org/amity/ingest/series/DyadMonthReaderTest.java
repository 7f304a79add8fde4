package org.amity.ingest.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.amity.event.CountryTable;
import org.amity.ingest.Reject;
import org.amity.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DyadMonthReaderTest {
  static final String HEADER =
      "sourcecode,sourcename,targetcode,targetname,date,verbal,cooperation,count,eventcode";

  @TempDir Path dir;
  private final DyadMonthReader reader = new DyadMonthReader(CountryTable.standard());

  static double value(SeriesFile f, String subject, String indicator, String month) {
    LocalDate period = LocalDate.parse(month + "-01");
    return f.points().stream()
        .filter(p -> p.subject().equals(subject) && p.indicator().equals(indicator))
        .filter(p -> p.period().equals(period))
        .mapToDouble(SeriesPoint::value)
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no point " + subject + " " + indicator + " " + month));
  }

  static List<Reject> rejects(SeriesFile f) {
    List<Reject> out = new ArrayList<>();
    f.rejects().forEach(out::add);
    return out;
  }

  private Path write(String... lines) throws IOException {
    return Files.writeString(
        dir.resolve("dyads.csv"), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  @Test
  void readsTheSouthChinaSeaFileIntoGaplessMonthlySeries() throws IOException {
    Path file = TestData.file("icews-scs-dyad-month/icews_scs_dyad_month_1991-2012.csv");
    SeriesFile f = reader.read(file, "scs.csv");
    assertThat(f.lines()).isEqualTo(12_447);
    assertThat(f.accepted()).isEqualTo(12_447);
    assertThat(f.rejects().count()).isZero();
    assertThat(f.source()).isEqualTo("import:icews_scs_dyad_month_1991-2012.csv");
    Map<String, Long> perSubject =
        f.points().stream()
            .collect(Collectors.groupingBy(SeriesPoint::subject, Collectors.counting()));
    assertThat(perSubject).hasSize(56 + 28);
    assertThat(perSubject.values()).containsOnly(264L * 5);
    double directed = sum(f, ">");
    double pairs = sum(f, "-");
    assertThat(directed).isEqualTo(166_736);
    assertThat(pairs).isEqualTo(166_736);
    assertThat(value(f, "CHN-PHL", "events", "2012-04"))
        .isEqualTo(
            value(f, "CHN>PHL", "events", "2012-04") + value(f, "PHL>CHN", "events", "2012-04"));
    assertThat(value(f, "CHN-PHL", "events", "2012-05")).isEqualTo(250);
    assertThat(value(f, "CHN-PHL", "q4", "2012-05")).isEqualTo(32);
  }

  private static double sum(SeriesFile f, String kind) {
    return f.points().stream()
        .filter(p -> p.indicator().equals("events") && p.subject().contains(kind))
        .mapToDouble(SeriesPoint::value)
        .sum();
  }

  @Test
  void sumsHongKongAndMacaoIntoChinaAndFillsMissingMonthsWithZeros() throws IOException {
    Path f =
        write(
            HEADER,
            "710,CHINA,840,PHILIPPINES,201201,1,1,3,840",
            "710,HONG KONG,840,PHILIPPINES,201201,1,1,2,840",
            "840,PHILIPPINES,710,MACAO,201203,0,0,4,840",
            "840,PHILIPPINES,710,CHINA,201203,0,1,1,840");
    SeriesFile s = reader.read(f, "dyads.csv");
    assertThat(value(s, "CHN>PHL", "q1", "2012-01")).isEqualTo(5);
    assertThat(value(s, "CHN>PHL", "events", "2012-02")).isZero();
    assertThat(value(s, "CHN>PHL", "events", "2012-03")).isZero();
    assertThat(value(s, "PHL>CHN", "q4", "2012-03")).isEqualTo(4);
    assertThat(value(s, "PHL>CHN", "q2", "2012-03")).isEqualTo(1);
    assertThat(value(s, "PHL>CHN", "events", "2012-01")).isZero();
    assertThat(value(s, "CHN-PHL", "events", "2012-03")).isEqualTo(5);
    assertThat(value(s, "CHN-PHL", "events", "2012-01")).isEqualTo(5);
    assertThat(s.points()).hasSize(3 * 3 * 5);
  }

  @Test
  void rejectsBadLinesWithTheirNumbersAndKeepsTheRest() throws IOException {
    Path f =
        write(
            HEADER,
            "710,CHINA,840,PHILIPPINES,201201,1,1,3,840",
            "710,CHINA,840,PHILIPPINES,201201,1,1,3",
            "710,CHINA,999,NOWHERE,201201,1,1,3,840",
            "710,CHINA,710,HONG KONG,201201,1,1,3,840",
            "710,CHINA,840,PHILIPPINES,201213,1,1,3,840",
            "710,CHINA,840,PHILIPPINES,2012-01,1,1,3,840",
            "710,CHINA,840,PHILIPPINES,201201,2,1,3,840",
            "710,CHINA,840,PHILIPPINES,201201,1,1,-3,840",
            "CHN,CHINA,840,PHILIPPINES,201201,1,1,3,840",
            "",
            "840,PHILIPPINES,710,CHINA,201202,1,0,7,840");
    SeriesFile s = reader.read(f, "dyads.csv");
    assertThat(s.lines()).isEqualTo(10);
    assertThat(s.accepted()).isEqualTo(2);
    assertThat(rejects(s))
        .extracting(Reject::line, Reject::reason)
        .containsExactly(
            tuple(3L, "expected 9 columns, found 8"),
            tuple(4L, "unknown COW country code '999'"),
            tuple(5L, "source and target are both CHN: not a dyad"),
            tuple(6L, "date is not a month written YYYYMM: '201213'"),
            tuple(7L, "date is not a month written YYYYMM: '2012-01'"),
            tuple(8L, "verbal must be 0 or 1, got 2"),
            tuple(9L, "count is not a whole number >= 0: '-3'"),
            tuple(10L, "sourcecode is not a COW country number: 'CHN'"));
    assertThat(value(s, "PHL>CHN", "q3", "2012-02")).isEqualTo(7);
  }

  @Test
  void failsClearlyOnAnotherKindOfSeriesFile() throws IOException {
    Path f = write("country,month,events", "THA,201401,12");
    assertThatThrownBy(() -> reader.read(f, "other.csv"))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("other.csv: not an ICEWS directed-dyad-month file")
        .hasMessageContaining("country,month,events");
    Path empty = Files.writeString(dir.resolve("empty.csv"), "");
    assertThatThrownBy(() -> reader.read(empty, "empty.csv")).hasMessageContaining("empty");
  }
}
