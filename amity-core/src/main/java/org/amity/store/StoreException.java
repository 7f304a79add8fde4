package org.amity.store;

/** The store could not be opened or queried (not bad input: that is counted, never thrown). */
public class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
