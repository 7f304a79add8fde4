package org.amity.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineBlocksTest {
  /** Reads all blocks and returns every line with its number, as "n:text". */
  private static List<String> lines(String content) throws IOException {
    LineBlocks blocks =
        new LineBlocks(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    List<String> out = new ArrayList<>();
    LineBlocks.Block b;
    while ((b = blocks.next()) != null) {
      long n = b.firstLine();
      int start = 0;
      int seen = 0;
      for (int i = 0; i <= b.length(); i++) {
        if (i == b.length() || b.data()[i] == '\n') {
          if (i == b.length() && start == i) {
            break;
          }
          out.add(n++ + ":" + new String(b.data(), start, i - start, StandardCharsets.UTF_8));
          seen++;
          start = i + 1;
        }
      }
      assertThat(seen).isEqualTo(b.lines());
    }
    assertThat(blocks.linesSoFar()).isEqualTo(out.size());
    return out;
  }

  @Test
  void numbersLinesFromOne() throws IOException {
    assertThat(lines("a\nb\nc\n")).containsExactly("1:a", "2:b", "3:c");
  }

  @Test
  void keepsALastLineWithoutNewline() throws IOException {
    assertThat(lines("a\nb")).containsExactly("1:a", "2:b");
  }

  @Test
  void countsBlankLinesAsLines() throws IOException {
    assertThat(lines("a\n\nb\n")).containsExactly("1:a", "2:", "3:b");
  }

  @Test
  void givesNoLinesForAnEmptyStream() throws IOException {
    assertThat(lines("")).isEmpty();
  }

  @Test
  void keepsNumberingAcrossBlocksAndLinesLongerThanABlock() throws IOException {
    StringBuilder sb = new StringBuilder();
    String longLine = "x".repeat(LineBlocks.BLOCK_BYTES + 10);
    int n = 0;
    for (; n < 200_000; n++) {
      sb.append("line").append(n).append('\n');
    }
    sb.append(longLine).append('\n').append("after");
    List<String> got = lines(sb.toString());
    assertThat(got).hasSize(200_002);
    assertThat(got.get(150_000)).isEqualTo("150001:line150000");
    assertThat(got.get(200_000)).isEqualTo("200001:" + longLine);
    assertThat(got.get(200_001)).isEqualTo("200002:after");
  }
}
