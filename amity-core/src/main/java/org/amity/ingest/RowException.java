package org.amity.ingest;

/**
 * Why a line was rejected. Thrown inside parsers and caught per line, so it carries no stack trace:
 * a file full of bad lines must cost no more than a file of good ones.
 */
public final class RowException extends Exception {
  private static final long serialVersionUID = 1L;

  public RowException(String reason) {
    super(reason, null, false, false);
  }

  /** The reason, as stored in the rejects table. */
  public String reason() {
    return getMessage();
  }
}
