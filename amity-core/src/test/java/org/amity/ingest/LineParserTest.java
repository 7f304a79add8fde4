package org.amity.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.amity.event.Event;
import org.amity.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lines parsed one at a time (as a Kafka record holds them) give what the same lines give read as a
 * file: the same events, the same reject reasons, headers skipped.
 */
class LineParserTest {
  @TempDir Path dir;

  @Test
  void theLinesOfRealFilesParseOneByOneAsTheFileScanParsesThem() throws IOException {
    for (String name :
        List.of(
            "gdelt/events/20161013151500.export.CSV",
            "gdelt/samples/events1.csv",
            "icews/events.2018-06-01.sample.tab")) {
      Path file = TestData.file(name);
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      List<Event> scanned = scan(file);
      assertThat(scanned).as(name).hasSizeGreaterThan(10);
      LineParser parser = new LineParser();
      List<Event> oneByOne = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        byte[] b = lines.get(i).getBytes(StandardCharsets.UTF_8);
        try {
          Event e = parser.parse(b, 0, b.length, i + 1);
          if (e != null) {
            oneByOne.add(e);
          }
        } catch (RowException ex) {
          throw new AssertionError(name + " line " + (i + 1) + ": " + ex.reason(), ex);
        }
      }
      assertThat(oneByOne).as(name).isEqualTo(scanned);
    }
  }

  @Test
  void aDamagedLineGetsTheReasonItGetsInAFile() throws IOException {
    String good =
        Files.readAllLines(TestData.file("gdelt/events/20161013151500.export.CSV")).get(0);
    String[] columns = good.split("\t", -1);
    columns[1] = "2016-13-45";
    String badDate = String.join("\t", columns);
    Path file = dir.resolve("x.export.CSV");
    Files.writeString(file, good + "\n" + badDate + "\n", StandardCharsets.UTF_8);
    List<Reject> fileRejects = new ArrayList<>();
    try (FileScan scan = FileScan.open(file, "x", Format.GDELT2, null)) {
      scan.rejects().listen(fileRejects::add);
      FileScan.Worker w = scan.newWorker();
      while (w.next() != null) {
        // read to the end
      }
    }
    assertThat(fileRejects).hasSize(1);
    byte[] b = badDate.getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> new LineParser().parse(b, 0, b.length, 2))
        .isInstanceOf(RowException.class)
        .hasMessage(fileRejects.get(0).reason());
  }

  @Test
  void aLineOfNoKnownLayoutIsRejectedWithItsColumnCount() {
    byte[] b = "this line is damaged\tand has too few columns".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> new LineParser().parse(b, 0, b.length, 7))
        .isInstanceOf(RowException.class)
        .hasMessageStartingWith("not a GDELT or ICEWS line: 2 tab-separated columns");
    byte[] empty = new byte[0];
    assertThatThrownBy(() -> new LineParser().parse(empty, 0, 0, 1)).hasMessage("empty line");
  }

  @Test
  void anIcewsHeaderIsSkippedWhereverItComes() throws RowException {
    byte[] header =
        "Event ID\tEvent Date\tSource Name\tSource Sectors".getBytes(StandardCharsets.US_ASCII);
    assertThat(LineParser.formatOf(header, 0, header.length)).contains(Format.ICEWS);
    assertThat(new LineParser().parse(header, 0, header.length, 5)).isNull();
  }

  private static List<Event> scan(Path file) throws IOException {
    List<Event> events = new ArrayList<>();
    try (FileScan scan = FileScan.open(file, file.toString(), FormatDetector.detect(file), null)) {
      FileScan.Worker w = scan.newWorker();
      for (Event e = w.next(); e != null; e = w.next()) {
        events.add(e);
      }
      assertThat(scan.rejects().count()).as(file + " rejects").isZero();
    }
    return events;
  }
}
