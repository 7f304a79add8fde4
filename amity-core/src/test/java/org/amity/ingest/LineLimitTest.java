package org.amity.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.amity.ingest.csv.CsvFiles;
import org.amity.ingest.icewsdaily.IcewsDailySource;
import org.amity.testing.EventsRead;
import org.amity.testing.GdeltLines;
import org.amity.testing.LongLineStream;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineLimitTest {
  private static final long FIFTY_MB = 50L << 20;

  @TempDir Path dir;

  @Test
  void blocksReadPastA50MegabyteLineWithoutHoldingIt() throws IOException {
    LongLineStream in = new LongLineStream("first\n", 'x', FIFTY_MB, "\nlast\n");
    LineBlocks blocks = new LineBlocks(in, 1 << 20);
    List<String> lines = new ArrayList<>();
    List<Long> overlong = new ArrayList<>();
    int largestBuffer = 0;
    for (LineBlocks.Block b = blocks.next(); b != null; b = blocks.next()) {
      largestBuffer = Math.max(largestBuffer, b.data().length);
      if (b.overlong() > 0) {
        overlong.add(b.firstLine());
        assertThat(b.overlong()).isEqualTo(FIFTY_MB);
        continue;
      }
      for (String l : new String(b.data(), 0, b.length(), StandardCharsets.UTF_8).split("\n")) {
        lines.add(l);
      }
    }
    assertThat(lines).containsExactly("first", "last");
    assertThat(overlong).containsExactly(2L);
    assertThat(blocks.linesSoFar()).isEqualTo(3);
    assertThat(largestBuffer).isLessThanOrEqualTo((1 << 21) + 2);
  }

  @Test
  void dropsALineOverTheLimitAndKeepsItsLineBreak() throws IOException {
    LineLimit l = new LineLimit(stream("ab\r\n0123456789\nxyz\rlast"), 5, false);
    assertThat(new String(l.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("ab\r\n\nxyz\rlast");
    assertThat(l.dropped(1, 1)).isNull();
    assertThat(l.dropped(2, 2)).contains("line 2 is 10 bytes or more").contains("limit of 5");
    assertThat(l.dropped(3, 4)).isNull();
  }

  @Test
  void keepsALineExactlyAtTheLimit() throws IOException {
    LineLimit l = new LineLimit(stream("12345\n123456"), 5, false);
    assertThat(new String(l.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("12345\n");
    assertThat(l.dropped(2, 2)).isNotNull();
  }

  @Test
  void aDroppedLineLeavesTheCsvQuotingStateAsItWas() throws IOException {
    String content = "a,b\n1,\"open\n" + "y".repeat(100) + "\"close\n2,ok\n";
    LineLimit l = new LineLimit(stream(content), 50, true);
    List<List<String>> records = new ArrayList<>();
    try (CSVParser p = CsvFiles.parser(l)) {
      for (CSVRecord r : p) {
        records.add(r.toList());
      }
    }
    assertThat(records).hasSize(3);
    assertThat(records.get(2)).containsExactly("2", "ok");
    assertThat(l.dropped(3, 3)).isNotNull();
  }

  @Test
  void streamsA50MegabyteCsvFieldThroughWithBoundedBuffers() throws IOException {
    InputStream in = new LongLineStream("h1,h2\n1,\"", 'z', FIFTY_MB, "\"\n2,two\n");
    LineLimit l = new LineLimit(in, 1 << 20, true);
    List<List<String>> records = new ArrayList<>();
    try (CSVParser p = CsvFiles.parser(l)) {
      for (CSVRecord r : p) {
        records.add(r.toList());
      }
    }
    assertThat(records).containsExactly(List.of("h1", "h2"), List.of(""), List.of("2", "two"));
    assertThat(l.dropped(2, 2)).contains("line 2").contains("52,428,8");
    assertThat(l.droppedCount()).isEqualTo(1);
  }

  @Test
  void gdeltScanRejectsALongLineWithItsNumberAndReadsOn() throws IOException {
    Path file = dir.resolve("long.export.CSV");
    String good1 = GdeltLines.v2().id(1).toString();
    String good2 = GdeltLines.v2().id(2).toString();
    try (var out = Files.newOutputStream(file)) {
      out.write((good1 + "\n").getBytes(StandardCharsets.UTF_8));
      byte[] junk = new byte[3 << 20];
      java.util.Arrays.fill(junk, (byte) 'q');
      out.write(junk);
      out.write(("\n" + good2 + "\n").getBytes(StandardCharsets.UTF_8));
    }
    try (FileScan scan = FileScan.open(file, "long.export.CSV", Format.GDELT2, null)) {
      EventsRead r = EventsRead.of(scan);
      assertThat(r.lines()).containsExactly(1L, 3L);
      assertThat(r.rejects()).hasSize(1);
      assertThat(r.rejects().get(0).line()).isEqualTo(2);
      assertThat(r.rejects().get(0).reason())
          .contains("3,145,728 bytes or more")
          .contains("limit of 1,048,576");
      assertThat(scan.lines()).isEqualTo(3);
    }
  }

  @Test
  void csvReaderRejectsTheRecordWithTheLongLineAndReadsOn() throws IOException {
    Path file = dir.resolve("daily.csv");
    String header =
        "date,source,event_text,target,source_country,target_country,source_id,relation_id,"
            + "target_id,time_id";
    String row =
        "2014-05-22,Military (Thailand),Use conventional military force,Thailand,"
            + "Thailand,Thailand,1,2,3,4";
    Files.writeString(
        file,
        header
            + "\n"
            + row
            + "\n2014-05-22,\""
            + "w".repeat(2 << 20)
            + "\",x,y,,,1,2,3,4\n"
            + row
            + "\n");
    EventsRead r;
    try (IcewsDailySource s = IcewsDailySource.open(file, "daily.csv", null)) {
      r = EventsRead.of(s);
    }
    assertThat(r.lines()).containsExactly(2L, 4L);
    assertThat(r.rejects())
        .singleElement()
        .satisfies(
            j -> {
              assertThat(j.line()).isEqualTo(3);
              assertThat(j.reason()).contains("longer than the limit");
            });
    assertThat(r.records()).isEqualTo(4);
  }

  private static InputStream stream(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }
}
