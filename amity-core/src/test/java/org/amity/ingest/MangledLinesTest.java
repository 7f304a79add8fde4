package org.amity.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.amity.event.Event;
import org.amity.testing.GdeltLines;
import org.amity.testing.PropertySeed;

/**
 * Mangled lines never break the parser: it either gives an event or a rejection with a reason,
 * never another exception, and a file of such lines is fully accounted for.
 */
class MangledLinesTest {
  private static final byte[] GOOD_V2 = GdeltLines.v2().toString().getBytes(StandardCharsets.UTF_8);
  private static final byte[] GOOD_V1 = GdeltLines.v1().toString().getBytes(StandardCharsets.UTF_8);

  /** A mutation: at a relative position, do one of several kinds of damage. */
  record Damage(int kind, double where, int length, byte value) {
    byte[] apply(byte[] line) {
      int at = (int) (where * line.length);
      List<Byte> b = new ArrayList<>(line.length + length);
      for (byte x : line) {
        b.add(x);
      }
      switch (kind) {
        case 0 -> { // delete a run
          for (int i = 0; i < length && at < b.size(); i++) {
            b.remove(at);
          }
        }
        case 1 -> { // insert random bytes
          for (int i = 0; i < length; i++) {
            b.add(Math.min(at, b.size()), (byte) (value + i));
          }
        }
        case 2 -> { // overwrite
          for (int i = 0; i < length && at + i < b.size(); i++) {
            b.set(at + i, value);
          }
        }
        case 3 -> b.add(Math.min(at, b.size()), (byte) '\t'); // extra column
        case 4 -> { // truncate
          while (b.size() > at) {
            b.remove(b.size() - 1);
          }
        }
        default -> b.add(Math.min(at, b.size()), (byte) 0xC0); // overlong UTF-8 lead byte
      }
      byte[] out = new byte[b.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = b.get(i);
      }
      return out;
    }
  }

  @Provide
  Arbitrary<List<Damage>> damages() {
    Arbitrary<Damage> one =
        Combinators.combine(
                Arbitraries.integers().between(0, 5),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(1, 40),
                Arbitraries.bytes())
            .as(Damage::new);
    return one.list().ofMinSize(1).ofMaxSize(4);
  }

  private static byte[] mangle(byte[] good, List<Damage> ds) {
    byte[] line = good;
    for (Damage d : ds) {
      line = d.apply(line);
    }
    return line;
  }

  @Property(tries = 2000, seed = PropertySeed.VALUE)
  void parserEitherAcceptsOrRejectsWithAReason(@ForAll("damages") List<Damage> damage) {
    for (Format format : new Format[] {Format.GDELT2, Format.GDELT1, Format.ICEWS}) {
      byte[] line = mangle(format == Format.GDELT1 ? GOOD_V1 : GOOD_V2, damage);
      int nl = indexOf(line, (byte) '\n');
      int end = nl < 0 ? line.length : nl;
      RowParser p = format.newParser();
      try {
        Event e = p.parse(line, 0, end, 2);
        assertThat(e == null || e.nativeId() != null).isTrue();
      } catch (RowException ex) {
        assertThat(ex.reason()).isNotBlank();
      }
    }
  }

  @Provide
  Arbitrary<List<Tuple.Tuple2<Boolean, List<Damage>>>> files() {
    return Combinators.combine(Arbitraries.of(true, false), damages())
        .as(Tuple::of)
        .list()
        .ofMinSize(1)
        .ofMaxSize(30);
  }

  @Property(tries = 200, seed = PropertySeed.VALUE)
  void everyLineOfAMangledFileIsAccountedFor(
      @ForAll("files") List<Tuple.Tuple2<Boolean, List<Damage>>> spec) throws IOException {
    Path file = Files.createTempFile("mangled", ".csv");
    try {
      List<byte[]> lines = new ArrayList<>();
      long id = 1;
      for (Tuple.Tuple2<Boolean, List<Damage>> t : spec) {
        byte[] good = GdeltLines.v2().id(id++).toString().getBytes(StandardCharsets.UTF_8);
        lines.add(t.get1() ? good : mangle(good, t.get2()));
      }
      int expectedLines = 0;
      try (var out = Files.newOutputStream(file)) {
        for (byte[] l : lines) {
          out.write(l);
          out.write('\n');
          expectedLines += 1 + count(l, (byte) '\n');
        }
      }
      try (FileScan scan = FileScan.open(file, "mangled.csv", Format.GDELT2, null)) {
        FileScan.Worker w = scan.newWorker();
        long events = 0;
        while (w.next() != null) {
          events++;
        }
        assertThat(scan.lines()).isEqualTo(expectedLines);
        assertThat(events + scan.rejects().count() + scan.filtered() + scan.skipped())
            .isEqualTo(scan.lines());
        List<Long> rejectedLines = new ArrayList<>();
        scan.rejects().forEach(r -> rejectedLines.add(r.line()));
        assertThat(rejectedLines).allSatisfy(n -> assertThat(n).isBetween(1L, scan.lines()));
        assertThat(rejectedLines).doesNotHaveDuplicates();
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static int indexOf(byte[] b, byte v) {
    for (int i = 0; i < b.length; i++) {
      if (b[i] == v) {
        return i;
      }
    }
    return -1;
  }

  private static int count(byte[] b, byte v) {
    int n = 0;
    for (byte x : b) {
      if (x == v) {
        n++;
      }
    }
    return n;
  }
}
