package org.amity.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.amity.event.Event;
import org.amity.event.GeoPrecision;
import org.amity.event.QuadClass;
import org.amity.testing.GdeltLines;
import org.junit.jupiter.api.Test;

class GdeltRowParserTest {
  private final RowParser v2 = Format.GDELT2.newParser();
  private final RowParser v1 = Format.GDELT1.newParser();

  private static Event parse(RowParser p, String line) throws RowException {
    byte[] b = line.getBytes(StandardCharsets.UTF_8);
    return p.parse(b, 0, b.length, 1);
  }

  @Test
  void readsEveryFieldOfAGdelt2Row() throws RowException {
    Event e = parse(v2, GdeltLines.v2().toString());
    assertThat(e.dataset()).isEqualTo("gdelt");
    assertThat(e.nativeId()).isEqualTo("900000001");
    assertThat(e.eventDate()).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(e.dateAdded()).isEqualTo(LocalDateTime.of(2024, 3, 1, 15, 30));
    assertThat(e.source().code()).isEqualTo("PHLMIL");
    assertThat(e.source().country()).isEqualTo("PHL");
    assertThat(e.source().types()).containsExactly("MIL");
    assertThat(e.target().country()).isEqualTo("CHN");
    assertThat(e.code().code()).isEqualTo("193");
    assertThat(e.code().root()).isEqualTo("19");
    assertThat(e.quadClass()).isEqualTo(QuadClass.MATERIAL_CONFLICT);
    assertThat(e.goldstein()).isEqualTo(-10.0);
    assertThat(e.mentions()).isEqualTo(10);
    assertThat(e.sources()).isEqualTo(2);
    assertThat(e.articles()).isEqualTo(10);
    assertThat(e.avgTone()).isEqualTo(-6.25);
    assertThat(e.action().country()).isEqualTo("PHL");
    assertThat(e.action().adm1()).isEqualTo("RP70");
    assertThat(e.action().latitude()).isEqualTo(9.73917);
    assertThat(e.action().longitude()).isEqualTo(118.735);
    assertThat(e.action().precision()).isEqualTo(GeoPrecision.PLACE);
    assertThat(e.action().centroidOnly()).isFalse();
    assertThat(e.sourceUrl()).isEqualTo("https://news.example.org/palawan-clash");
    assertThat(e.rootEvent()).isTrue();
  }

  @Test
  void repeatedValuesComeBackEqualWhateverTheCacheHeld() throws RowException {
    RowParser p = Format.GDELT2.newParser();
    String[] names = {"PHILIPPINE", "CHINA", "PHILIPPINES", "PHILIPPINE", "C", "ŞANLIURFA", ""};
    String[] places = {
      "Spratly Islands, Philippines (general), Philippines", "Manila, Manila, Philippines",
      "Spratly Islands, Philippines (general), Philippines", "Sulu Sea, Philippines"
    };
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < names.length; i++) {
        String place = places[i % places.length];
        Event e = parse(p, GdeltLines.v2().set(6, names[i]).set(52, place).toString());
        assertThat(e.source().name()).isEqualTo(names[i].isEmpty() ? null : names[i]);
        assertThat(e.action().name()).isEqualTo(place);
        assertThat(e.action().seaArea())
            .isEqualTo(
                place.startsWith("Spratly")
                    ? "SOUTH_CHINA_SEA"
                    : place.startsWith("Sulu") ? "SULU_CELEBES" : null);
      }
    }
  }

  @Test
  void readsGdelt1RowsWithAndWithoutSourceUrl() throws RowException {
    Event e58 = parse(v1, GdeltLines.v1().toString());
    assertThat(e58.sourceUrl()).isEqualTo("https://news.example.org/palawan-clash");
    assertThat(e58.dateAdded()).isEqualTo(LocalDateTime.of(2024, 3, 1, 0, 0));
    String line57 = GdeltLines.v1().toString();
    line57 = line57.substring(0, line57.lastIndexOf('\t'));
    Event e57 = parse(v1, line57);
    assertThat(e57.sourceUrl()).isNull();
    assertThat(e57.action().country()).isEqualTo("PHL");
  }

  @Test
  void trimsTheLeadingSpaceOf2013Actor2Codes() throws RowException {
    Event e = parse(v1, GdeltLines.v1().set(15, " USA").set(17, "USA").toString());
    assertThat(e.target().code()).isEqualTo("USA");
    Event empty = parse(v1, GdeltLines.v1().set(15, " ").set(16, "").set(17, "").toString());
    assertThat(empty.target().isEmpty()).isTrue();
  }

  @Test
  void flagsCountryCentroidLocations() throws RowException {
    GdeltLines l = GdeltLines.v2();
    Event e = parse(v2, l.set(l.actionGeo(), "1").set(l.actionGeo() + 3, "RP").toString());
    assertThat(e.action().centroidOnly()).isTrue();
    assertThat(e.action().precision()).isEqualTo(GeoPrecision.COUNTRY);
  }

  @Test
  void mapsCameoActorCountryVariantsToIso3() throws RowException {
    Event e = parse(v2, GdeltLines.v2().set(7, "TMP").toString());
    assertThat(e.source().country()).isEqualTo("TLS");
  }

  @Test
  void rejectsRowWithWrongColumnCount() {
    assertThatThrownBy(() -> parse(v2, GdeltLines.v1().toString()))
        .isInstanceOf(RowException.class)
        .hasMessageContaining("expected 61")
        .hasMessageContaining("found 58");
    assertThatThrownBy(() -> parse(v1, GdeltLines.v2().toString()))
        .hasMessageContaining("expected 57 or 58");
  }

  @Test
  void rejectsBadDates() {
    assertThatThrownBy(() -> parse(v2, GdeltLines.v2().set(1, "20241345").toString()))
        .hasMessageContaining("SQLDATE is not a valid date");
    assertThatThrownBy(() -> parse(v2, GdeltLines.v2().set(1, "2024-3-1").toString()))
        .hasMessageContaining("SQLDATE is not a date");
    assertThatThrownBy(() -> parse(v2, GdeltLines.v2().set(59, "20240230120000").toString()))
        .hasMessageContaining("DATEADDED");
  }

  @Test
  void rejectsNonNumericNumbers() {
    assertThatThrownBy(() -> parse(v2, GdeltLines.v2().set(31, "ten").toString()))
        .hasMessageContaining("NumMentions is not an integer");
    assertThatThrownBy(() -> parse(v2, GdeltLines.v2().set(30, "-1o").toString()))
        .hasMessageContaining("GoldsteinScale is not a number");
    assertThatThrownBy(() -> parse(v2, GdeltLines.v2().set(34, "NaN").toString()))
        .hasMessageContaining("AvgTone is not a number");
    assertThatThrownBy(() -> parse(v2, GdeltLines.v2().set(0, "12a").toString()))
        .hasMessageContaining("GLOBALEVENTID");
  }

  @Test
  void rejectsUnknownCameoCodes() {
    assertThatThrownBy(() -> parse(v2, GdeltLines.v2().set(26, "999").toString()))
        .hasMessageContaining("unknown CAMEO event code \"999\"");
    assertThatThrownBy(() -> parse(v2, GdeltLines.v2().set(26, "").toString()))
        .hasMessageContaining("unknown CAMEO event code");
  }

  @Test
  void rejectsInvalidUtf8() {
    byte[] good = GdeltLines.v2().set(6, "PHILIPPINE").toString().getBytes(StandardCharsets.UTF_8);
    int at = new String(good, StandardCharsets.UTF_8).indexOf("PHILIPPINE");
    good[at] = (byte) 0xC3; // a lead byte followed by an ASCII letter
    assertThatThrownBy(() -> v2.parse(good, 0, good.length, 7))
        .hasMessageContaining("invalid UTF-8");
  }

  @Test
  void acceptsValidMultibyteNames() throws RowException {
    Event e = parse(v2, GdeltLines.v2().set(6, "TRẦN HƯNG ĐẠO").toString());
    assertThat(e.source().name()).isEqualTo("TRẦN HƯNG ĐẠO");
  }

  @Test
  void rejectsOutOfRangeValues() {
    assertThatThrownBy(() -> parse(v2, GdeltLines.v2().set(29, "5").toString()))
        .hasMessageContaining("QuadClass must be 1 to 4");
    assertThatThrownBy(() -> parse(v2, GdeltLines.v2().set(30, "-11").toString()))
        .hasMessageContaining("GoldsteinScale outside");
    assertThatThrownBy(() -> parse(v2, GdeltLines.v2().set(56, "95.5").toString()))
        .hasMessageContaining("coordinates out of range");
  }
}
