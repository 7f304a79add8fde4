package org.amity.testing;

import java.util.List;

/**
 * ICEWS {@code .tab} rows the tests of every module share: the office-holder rule's case (India's
 * prime minister coded with party sectors only) read by the command line, the landing folder and
 * the Flink job.
 */
public final class IcewsRows {
  /** An ICEWS .tab header line. */
  public static final String HEADER =
      "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO Code"
          + "\tIntensity\tTarget Name\tTarget Sectors\tTarget Country\tStory ID\tSentence Number"
          + "\tPublisher\tCity\tDistrict\tProvince\tCountry\tLatitude\tLongitude";

  /** India's prime minister, with the party sectors ICEWS gives him, visiting Indonesia. */
  public static final String MODI_VISITS =
      "32890052\t2018-06-01\tNarendra Modi\tDissident,Parties\tIndia\tMake a visit\t042\t1.9"
          + "\tIndonesia\tNA\tIndonesia\t47400801\t4\tABC\tJakarta\tNA\tJakarta\tIndonesia"
          + "\t-6.2\t106.8";

  /** India's foreign ministry (a state sector of its own) visiting Indonesia. */
  public static final String MINISTRY =
      "32890053\t2018-06-01\tForeign Affairs (India)\tGovernment\tIndia\tMake a visit\t042\t1.9"
          + "\tIndonesia\tNA\tIndonesia\t47400802\t1\tABC\tJakarta\tNA\tJakarta\tIndonesia"
          + "\t-6.2\t106.8";

  /** A PETRARCH actor dictionary with Modi's office from his first day as prime minister. */
  public static final List<String> MODI_DICTIONARY =
      List.of("NARENDRA_MODI", "\t[INDGOV >20140526]");

  private IcewsRows() {}
}
