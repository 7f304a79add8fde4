package org.amity.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.amity.event.ConflictArea;
import org.amity.ingest.ucdp.GedSource;
import org.amity.pipeline.WatchJob;
import org.amity.signal.daily.IndicatorDay;
import org.amity.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the shared UCDP GED file of the Philippines, the months of the Marawi siege (May to October
 * 2017) read the dead spread over the records' date ranges (audit5 I1): the expected months are
 * worked out here from the CSV itself, each record's dead up to a month's end being floor(days of
 * its range up to then × best / days of its range), and compared with what the store's watch counts
 * for the Philippines and for Mindanao. Skipped without AMITY_TESTDATA; fails when it is set and
 * the file is missing.
 */
class GedRangesRealDataTest {
  @TempDir Path dir;

  private static final YearMonth FIRST = YearMonth.of(2017, 5);
  private static final int MONTHS = 6;

  @Test
  void theMarawiMonthsReadTheDeadSpreadOverTheRecordsRanges() throws Exception {
    Path file = TestData.file("ucdp-ged/ged_hdx_philippines_1989-2021.csv");
    long[] country = new long[MONTHS];
    long[] mindanao = new long[MONTHS];
    for (Map<String, String> row : rows(file)) {
      LocalDate start = LocalDate.parse(row.get("date_start").substring(0, 10));
      String endText = row.get("date_end");
      LocalDate end =
          endText == null || endText.isBlank() ? start : LocalDate.parse(endText.substring(0, 10));
      long best = Long.parseLong(row.get("best"));
      String adm1 = row.get("adm_1");
      int prec = Integer.parseInt(row.get("where_prec"));
      boolean inMindanao =
          prec <= 5 && adm1 != null && ConflictArea.MINDANAO.namedAs().contains(adm1);
      long days = end.toEpochDay() - start.toEpochDay() + 1;
      for (int m = 0; m < MONTHS; m++) {
        YearMonth ym = FIRST.plusMonths(m);
        long part =
            upTo(start, days, best, ym.atEndOfMonth())
                - upTo(start, days, best, ym.atDay(1).minusDays(1));
        country[m] += part;
        if (inMindanao) {
          mindanao[m] += part;
        }
      }
    }
    // the siege's dead are no longer all in May
    assertThat(mindanao[0]).isLessThan(500);
    assertThat(mindanao[1]).isGreaterThan(300);
    try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("ged.duckdb"))) {
      try (GedSource s = GedSource.open(file, "phl.csv", null)) {
        assertThat(store.ingest(s, null).rejected()).isZero();
      }
      List<IndicatorDay> days =
          IndicatorTwins.sqlDays(store, WatchJob.Options.standard().watchSet(), true);
      assertThat(months(days, "PHL")).as("the Philippines, 2017-05..10").containsExactly(country);
      assertThat(months(days, "MINDANAO")).as("Mindanao, 2017-05..10").containsExactly(mindanao);
    }
  }

  /** A record's dead from its first day up to {@code day} (inclusive), of {@code days} in all. */
  private static long upTo(LocalDate start, long days, long best, LocalDate day) {
    long through = Math.min(days, Math.max(0, day.toEpochDay() - start.toEpochDay() + 1));
    return through * best / days;
  }

  private static long[] months(List<IndicatorDay> days, String subject) {
    long[] out = new long[MONTHS];
    for (IndicatorDay d : days) {
      long m = FIRST.until(YearMonth.from(d.day()), java.time.temporal.ChronoUnit.MONTHS);
      if (d.subject().equals(subject) && m >= 0 && m < MONTHS) {
        out[(int) m] += d.counts().fatalities();
      }
    }
    return out;
  }

  /** The CSV's rows by column name (quoted fields may hold commas, quotes and line breaks). */
  private static List<Map<String, String>> rows(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          field.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        record.add(field.toString());
        field.setLength(0);
      } else if (ch == '\n' || ch == '\r') {
        if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
      } else {
        field.append(ch);
      }
    }
    if (field.length() > 0 || !record.isEmpty()) {
      record.add(field.toString());
      records.add(record);
    }
    List<String> header = records.get(0);
    List<Map<String, String>> out = new ArrayList<>();
    for (List<String> r : records.subList(1, records.size())) {
      if (r.size() != header.size() || r.get(0).startsWith("#")) {
        continue;
      }
      Map<String, String> m = new HashMap<>();
      for (int k = 0; k < header.size(); k++) {
        m.put(header.get(k), r.get(k));
      }
      out.add(m);
    }
    assertThat(out).as("rows of " + file).hasSize(4_035);
    return out;
  }
}
