package org.amity.ingest;

import org.amity.event.CameoCodebook;
import org.amity.event.CountryTable;
import org.amity.event.Dataset;

/** The file layouts Amity reads, each with the dataset its events belong to. */
public enum Format {
  /** GDELT 1.0 daily and back files: 57 columns, or 58 with SOURCEURL. */
  GDELT1(Dataset.GDELT),
  /** GDELT 2.0 15-minute event exports: 61 columns. */
  GDELT2(Dataset.GDELT),
  /** ICEWS coded event data, tab-separated with a header line. */
  ICEWS(Dataset.ICEWS);

  private final String dataset;

  Format(Dataset dataset) {
    this.dataset = dataset.id();
  }

  public String dataset() {
    return dataset;
  }

  /**
   * The longest line this layout may have, in bytes without the newline: 1 MiB. Real GDELT rows are
   * under 2 KB and ICEWS rows under 4 KB, so a longer line is damage, not data; it is rejected with
   * its line number and never held whole (see {@link LineBlocks}).
   */
  public int maxLineBytes() {
    return MAX_LINE_BYTES;
  }

  /** See {@link #maxLineBytes()}. */
  public static final int MAX_LINE_BYTES = 1 << 20;

  /**
   * The layout a line of this many tab-separated columns has: GDELT 2.0 for 61, GDELT 1.0 for 57 or
   * 58, ICEWS for 20; empty for any other count.
   */
  public static java.util.Optional<Format> ofColumns(int columns) {
    return switch (columns) {
      case 61 -> java.util.Optional.of(GDELT2);
      case 57, 58 -> java.util.Optional.of(GDELT1);
      case 20 -> java.util.Optional.of(ICEWS);
      default -> java.util.Optional.empty();
    };
  }

  /** A fresh parser for one worker thread. */
  public RowParser newParser() {
    return newParser(null);
  }

  /**
   * A fresh parser for one worker thread that gives named persons the state role they held on the
   * event's date from {@code officeHolders} (ICEWS only; null: none, the rows as they are).
   */
  public RowParser newParser(OfficeHolders officeHolders) {
    CameoCodebook codebook = CameoCodebook.standard();
    CountryTable countries = CountryTable.standard();
    return switch (this) {
      case GDELT1 -> new GdeltRowParser(false, codebook, countries);
      case GDELT2 -> new GdeltRowParser(true, codebook, countries);
      case ICEWS -> new IcewsRowParser(codebook, countries, officeHolders);
    };
  }
}
