package org.amity.storage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the contract tests: each runs against the core's interfaces only, on a fresh empty store
 * that a subclass opens. A second store implementation passes by subclassing each contract with its
 * own {@link #openEmpty()}, unchanged otherwise.
 */
public abstract class StorageContract {
  protected Storage storage;

  /** A new, empty store with its schema in place. */
  protected abstract Storage openEmpty();

  @BeforeEach
  void open() {
    storage = openEmpty();
  }

  @AfterEach
  void close() {
    storage.close();
  }
}
