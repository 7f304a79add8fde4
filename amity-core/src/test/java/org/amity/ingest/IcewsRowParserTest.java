package org.amity.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.amity.event.Event;
import org.amity.event.GeoPrecision;
import org.amity.event.QuadClass;
import org.junit.jupiter.api.Test;

class IcewsRowParserTest {
  static final String HEADER =
      "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO Code"
          + "\tIntensity\tTarget Name\tTarget Sectors\tTarget Country\tStory ID\tSentence Number"
          + "\tPublisher\tCity\tDistrict\tProvince\tCountry\tLatitude\tLongitude";
  static final String ROW =
      "101\t2014-05-20\tMilitary (Thailand)\tMilitary,Government\tThailand\tImpose state of"
          + " emergency\t1724\t-8\tProtester (Thailand)\tProtestors / Popular Opposition /"
          + " Mobs\tThailand\t555\t1\tBangkok Post\tBangkok\tNA\tKrung Thep\tThailand\t13.75\t100.5";

  private final RowParser parser = Format.ICEWS.newParser();

  private Event parse(String line, long number) throws RowException {
    byte[] b = line.getBytes(StandardCharsets.UTF_8);
    return parser.parse(b, 0, b.length, number);
  }

  @Test
  void skipsTheHeaderLine() throws RowException {
    assertThat(parse(HEADER, 1)).isNull();
  }

  @Test
  void readsARowWithSpelledOutCountriesAndSectors() throws RowException {
    Event e = parse(ROW, 2);
    assertThat(e.dataset()).isEqualTo("icews");
    assertThat(e.nativeId()).isEqualTo("101");
    assertThat(e.eventDate()).isEqualTo(LocalDate.of(2014, 5, 20));
    assertThat(e.source().country()).isEqualTo("THA");
    assertThat(e.source().types()).containsExactly("MIL", "GOV");
    assertThat(e.source().code()).isEqualTo("THAMIL");
    assertThat(e.target().types()).contains("OPP");
    assertThat(e.code().code()).isEqualTo("1724");
    assertThat(e.quadClass()).isEqualTo(QuadClass.MATERIAL_CONFLICT);
    assertThat(e.goldstein()).isEqualTo(-8.0);
    assertThat(e.action().country()).isEqualTo("THA");
    assertThat(e.action().precision()).isEqualTo(GeoPrecision.PLACE);
    assertThat(e.action().name()).isEqualTo("Bangkok, Krung Thep, Thailand");
    assertThat(e.dateAdded()).isNull();
  }

  @Test
  void treatsNaAsMissing() throws RowException {
    String row =
        ROW.replace("Bangkok\tNA\tKrung Thep", "NA\tNA\tNA").replace("13.75\t100.5", "NA\tNA");
    Event e = parse(row, 3);
    assertThat(e.action().precision()).isEqualTo(GeoPrecision.COUNTRY);
    assertThat(e.action().centroidOnly()).isTrue();
    assertThat(e.action().hasCoordinates()).isFalse();
  }

  @Test
  void readsAnIcewsOnlyCodeAsItsCameoParentAndNoOtherUnknownCode() throws RowException {
    String judicial =
        ROW.replace("Impose state of emergency\t1724\t-8", "Reject judicial cooperation\t1213\t-4");
    Event e = parse(judicial, 2);
    assertThat(e.code().code()).isEqualTo("121");
    assertThat(e.quadClass()).isEqualTo(QuadClass.VERBAL_CONFLICT);
    assertThat(e.goldstein()).as("the row's own intensity").isEqualTo(-4.0);
    assertThat(parse(ROW.replace("\t1724\t", "\t1951\t"), 2).code().code()).isEqualTo("195");
    assertThatThrownBy(() -> parse(ROW.replace("\t1724\t", "\t1219\t"), 2))
        .hasMessageContaining("unknown CAMEO event code");
  }

  @Test
  void rejectsUnknownCodesAndBadDates() {
    assertThatThrownBy(() -> parse(ROW.replace("\t1724\t", "\t9999\t"), 2))
        .hasMessageContaining("unknown CAMEO event code");
    assertThatThrownBy(() -> parse(ROW.replace("2014-05-20", "2014-05-32"), 2))
        .hasMessageContaining("Event Date is not a valid date");
    assertThatThrownBy(() -> parse(ROW + "\textra", 2)).hasMessageContaining("expected 20");
  }

  @Test
  void mapsSectorListsToAtMostThreeRolesByPriority() {
    assertThat(IcewsRowParser.roles("Police,Government,Executive,Military"))
        .containsExactly("MIL", "COP", "GOV");
    assertThat(IcewsRowParser.roles("Insurgents")).containsExactly("REB");
    assertThat(IcewsRowParser.roles(null)).isEmpty();
    assertThat(IcewsRowParser.roles("No Such Sector")).isEmpty();
  }
}
