package org.amity.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.amity.testing.TestData;
import org.junit.jupiter.api.Test;

/**
 * The conflict areas' FIPS ADM1 codes against the place names of the shared real GDELT files: every
 * place whose full name ("Khok Pho, Pattani, Thailand") names one of an area's divisions carries a
 * code of that area, and no code of an area comes with a division name outside it. The files read
 * are GDELT 1.0 (a day of 2013) and 2.0 (15 minutes of 2016); the action place and both actors'
 * places are read, all three coded from the same gazetteer.
 */
class ConflictAreaDivisionsTest {
  /**
   * The divisions of each area as GDELT's full names spell them (the FIPS 10-4 names, with the
   * newer spellings GDELT uses for some).
   */
  private static final Map<ConflictArea, Set<String>> NAMES =
      Map.of(
          ConflictArea.MINDANAO,
          Set.of(
              "Basilan",
              "Lanao del Norte",
              "Lanao del Sur",
              "Maguindanao",
              "North Cotabato",
              "Cotabato",
              "Sulu",
              "Zamboanga del Norte",
              "Zamboanga del Sur",
              "Sultan Kudarat",
              "Tawi-Tawi"),
          ConflictArea.DEEP_SOUTH,
          Set.of("Narathiwat", "Songkhla", "Pattani", "Yala"),
          ConflictArea.RAKHINE,
          Set.of("Rakhine State", "Rakhine", "Arakan State"),
          ConflictArea.KACHIN_SHAN,
          Set.of("Kachin State", "Kachin", "Shan State", "Shan"),
          ConflictArea.PAPUA,
          Set.of("Papua", "Papua Barat", "Irian Jaya Barat", "West Papua"));

  /** The codes the files confirm, as docs/signals.md says (issue 14, tenth round). */
  private static final Set<String> CONFIRMED = Set.of("BM01", "BM11", "TH68", "TH69");

  @Test
  void theRealGdeltFilesPlaceEveryDivisionOfAnAreaInItAndNoAreaCodeOutside() throws IOException {
    List<Place> places = new ArrayList<>();
    places.addAll(places(TestData.file("gdelt/events/20130401.export.CSV.gz"), 58));
    places.addAll(places(TestData.file("gdelt/events/20161013151500.export.CSV"), 61));
    assertThat(places).as("places known to a division in the files").hasSizeGreaterThan(1000);
    Set<String> confirmed = new TreeSet<>();
    List<String> wrong = new ArrayList<>();
    for (Place p : places) {
      Optional<ConflictArea> named = areaNamed(p.division());
      Optional<ConflictArea> coded = ConflictArea.ofDivision(p.adm1());
      if (!named.equals(coded)) {
        wrong.add(p + ": named " + named + ", coded " + coded);
      } else if (coded.isPresent()) {
        confirmed.add(p.adm1());
      }
    }
    assertThat(wrong).as("places whose name and code disagree on the area").isEmpty();
    assertThat(confirmed).as("area codes the files confirm").isEqualTo(CONFIRMED);
  }

  @Test
  void everyAreaHasNamesForTheTestAndNoDivisionIsInTwoAreas() {
    assertThat(NAMES.keySet()).containsExactlyInAnyOrder(ConflictArea.values());
    Set<String> seen = new TreeSet<>();
    for (ConflictArea a : ConflictArea.values()) {
      for (String d : a.divisions()) {
        assertThat(seen.add(d)).as(d + " in one area only").isTrue();
        assertThat(ConflictArea.ofDivision(d)).contains(a);
      }
    }
    assertThat(seen).hasSize(20);
  }

  /** A place known to the first-order division: its code and the division's name. */
  private record Place(String adm1, String division, String fullName) {}

  private static Optional<ConflictArea> areaNamed(String division) {
    return NAMES.entrySet().stream()
        .filter(e -> e.getValue().contains(division))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  /**
   * The places of a GDELT file ({@code columns}: 58 for 1.0, 61 for 2.0) known to a division (geo
   * types 4 and 5, world city and world state) whose full name names the division (the part before
   * the country).
   */
  private static List<Place> places(Path file, int columns) throws IOException {
    int[] blocks = columns == 58 ? new int[] {35, 42, 49} : new int[] {35, 43, 51};
    List<Place> out = new ArrayList<>();
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String[] c = line.split("\t", -1);
        assertThat(c).as(file.getFileName() + " columns").hasSize(columns);
        for (int b : blocks) {
          String type = c[b];
          String[] name = c[b + 1].split(", ");
          if ((type.equals("4") || type.equals("5")) && name.length >= 2) {
            out.add(new Place(c[b + 3], name[name.length - 2], c[b + 1]));
          }
        }
      }
    }
    return out;
  }
}
