package org.amity.app.web;

import java.nio.file.Path;
import java.sql.SQLException;
import org.amity.access.AccessStore;
import org.amity.access.Agent;
import org.amity.access.PasswordPolicy;
import org.amity.access.Role;
import org.amity.app.web.auth.Accounts;
import org.amity.app.web.auth.PasswordHasher;
import org.amity.app.web.server.WebServer;
import org.amity.storage.Storage;
import org.amity.store.duckdb.DuckDbStorage;

/**
 * A real server on a free loopback port over a fresh store holding {@link SignalFixtures}, with one
 * account per role (password {@link #PASSWORD}; hashed at a low bcrypt cost to keep tests quick:
 * the cost is part of each hash, so verifying is the same code).
 */
public final class WebFixture implements AutoCloseable {
  public static final String PASSWORD = "correct horse battery";

  private final DuckDbStorage store;
  private final WebServer server;

  public WebFixture(Path dir, ResponseAdvisor advisor) throws SQLException {
    store = DuckDbStorage.open(dir.resolve("web.duckdb"));
    SignalFixtures.insert(store.eventStore().connection());
    try (AccessStore access = store.access()) {
      Accounts accounts =
          new Accounts(access.accounts(), new PasswordHasher(4), PasswordPolicy.standard());
      for (Role r : Role.values()) {
        accounts.add(r.id(), r, PASSWORD.toCharArray(), new Agent("test", null), false);
      }
    }
    server = new WebServer(store, advisor, WebConfig.local(0), "test").start();
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  /** A client signed in as {@code user} with {@link #PASSWORD} (the sign-in checked to succeed). */
  public ApiClient signedIn(String user) throws Exception {
    return signedIn(user, PASSWORD);
  }

  /** A client signed in as {@code user} with {@code password} (checked to succeed). */
  public ApiClient signedIn(String user, String password) throws Exception {
    ApiClient c = new ApiClient(baseUrl());
    org.assertj.core.api.Assertions.assertThat(c.signIn(user, password).status())
        .as("sign-in of " + user)
        .isEqualTo(200);
    return c;
  }

  public WebServer server() {
    return server;
  }

  public Storage store() {
    return store;
  }

  @Override
  public void close() {
    server.close();
    store.close();
  }
}
