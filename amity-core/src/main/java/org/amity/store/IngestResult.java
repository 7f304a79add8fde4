package org.amity.store;

/**
 * What happened to one file. For a file that was read to its end, {@code lines = accepted +
 * rejected + duplicates + filtered}; header lines are not counted as lines.
 *
 * @param file the file name as given
 * @param dataset the dataset its events belong to
 * @param format the detected layout
 * @param status DONE when the file was read to its end and committed, FAILED otherwise
 * @param message why it failed, null when done
 * @param sha256 hash of the raw file, null when it could not be read
 */
public record IngestResult(
    String file,
    String dataset,
    String format,
    Status status,
    String message,
    long lines,
    long accepted,
    long rejected,
    long duplicates,
    long filtered,
    String sha256,
    double seconds) {

  /** Outcome of one file. */
  public enum Status {
    DONE,
    FAILED
  }

  public static IngestResult failed(String file, String dataset, String format, String message) {
    return new IngestResult(file, dataset, format, Status.FAILED, message, 0, 0, 0, 0, 0, null, 0);
  }

  public boolean done() {
    return status == Status.DONE;
  }
}
