package org.amity.store;

/**
 * What happened to one file. For a file that was read to its end, {@code lines = accepted +
 * rejected + duplicates + filtered}; header lines are not counted as lines. For a source whose
 * record may yield several events (news stories), the counts are of records (story lines) and
 * {@code events} counts the events newly stored; for every other source {@code events = accepted}.
 * A file that is clearly not an event file (documentation beside the data) is SKIPPED with the
 * reason in {@code message}, not read and not failed.
 *
 * @param file the file name as given
 * @param dataset the dataset its events belong to
 * @param format the detected layout
 * @param status DONE when the file was read to its end and committed, FAILED otherwise
 * @param message why it failed or was skipped, null when done
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
    long events,
    String sha256,
    double seconds) {

  /** Outcome of one file. */
  public enum Status {
    DONE,
    FAILED,
    SKIPPED
  }

  public static IngestResult failed(String file, String dataset, String format, String message) {
    return new IngestResult(
        file, dataset, format, Status.FAILED, message, 0, 0, 0, 0, 0, 0, null, 0);
  }

  /** A file not read because it is not an event file, with the reason. */
  public static IngestResult skipped(String file, String dataset, String reason) {
    return new IngestResult(file, dataset, "?", Status.SKIPPED, reason, 0, 0, 0, 0, 0, 0, null, 0);
  }

  public boolean done() {
    return status == Status.DONE;
  }

  public boolean failed() {
    return status == Status.FAILED;
  }

  public boolean skipped() {
    return status == Status.SKIPPED;
  }
}
