package org.amity.store;

/**
 * The path given as the store is not a database this program can use (for example an event file
 * given to {@code --db} by mistake). Nothing was opened or written; a usage error, not a failure.
 */
public class NotAStoreException extends StoreException {
  private static final long serialVersionUID = 1L;

  public NotAStoreException(String message) {
    super(message, null);
  }
}
