package org.amity.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.amity.access.AccessStore;
import org.amity.access.Agent;
import org.amity.access.PasswordPolicy;
import org.amity.access.Role;
import org.amity.app.web.auth.Accounts;
import org.amity.app.web.auth.PasswordHasher;
import org.amity.store.duckdb.DuckDbStorage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code amity follow}: follows, the feed address and the webhook from the command line. */
class FollowCommandTest {
  @TempDir Path dir;
  private String db;

  @BeforeEach
  void account() {
    db = dir.resolve("f.duckdb").toString();
    try (DuckDbStorage s = DuckDbStorage.open(Path.of(db));
        AccessStore access = s.access()) {
      new Accounts(access.accounts(), new PasswordHasher(4), PasswordPolicy.standard())
          .add(
              "ana",
              Role.ANALYST,
              "correct horse battery".toCharArray(),
              new Agent("test", null),
              false);
    }
  }

  @Test
  void anAnalystFollowsADyadInEitherOrderAndSeesItListedInWords() {
    Cli.Run add = Cli.run("follow", "add", "--db", db, "--user", "ana", "--dyad", "PHL-CHN");
    assertThat(add.exit()).as(add.err()).isZero();
    assertThat(add.out()).contains("ana follows China – Philippines (dyad)");
    Cli.Run again = Cli.run("follow", "add", "--db", db, "--user", "ana", "--dyad", "chn-phl");
    assertThat(again.out()).contains("as follow #1");
    String json = Cli.run("follow", "list", "--db", db, "--json").out();
    assertThat(json).contains("\"subject\" : \"CHN-PHL\"").contains("\"user\" : \"ana\"");
    assertThat(Cli.run("follow", "remove", "--db", db, "--user", "ana", "1").exit()).isZero();
    assertThat(Cli.run("follow", "list", "--db", db).out()).contains("no follows");
  }

  @Test
  void anAnalystFollowsAConflictAreaAsTypedAndSeesItInWords() {
    Cli.Run add = Cli.run("follow", "add", "--db", db, "--user", "ana", "--theatre", "deep-south");
    assertThat(add.exit()).as(add.err()).isZero();
    assertThat(add.out()).contains("ana follows Deep South (Thailand) (conflict area)");
    String json = Cli.run("follow", "list", "--db", db, "--json").out();
    assertThat(json).contains("\"scope\" : \"theatre\"").contains("\"subject\" : \"DEEP_SOUTH\"");
    Cli.Run unknown = Cli.run("follow", "add", "--db", db, "--user", "ana", "--theatre", "luzon");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown conflict area: luzon (MINDANAO, DEEP_SOUTH");
  }

  @Test
  void anUnknownAccountOrSubjectIsRefusedWithTheReason() {
    Cli.Run who = Cli.run("follow", "add", "--db", db, "--user", "zed", "--country", "THA");
    assertThat(who.exit()).isEqualTo(2);
    assertThat(who.err()).contains("no account named 'zed'");
    Cli.Run where = Cli.run("follow", "add", "--db", db, "--user", "ana", "--country", "XYZ");
    assertThat(where.exit()).isEqualTo(2);
    assertThat(where.err()).contains("XYZ");
    Cli.Run two =
        Cli.run("follow", "add", "--db", db, "--user", "ana", "--country", "THA", "--dyad", "A-B");
    assertThat(two.exit()).isEqualTo(2);
  }

  @Test
  void aFeedAddressIsPrintedOnceAndAWebhookMustBeHttp() {
    Cli.Run feed =
        Cli.run(
            "follow", "feed", "--db", db, "--user", "ana", "--base-url", "https://amity.example/");
    assertThat(feed.exit()).as(feed.err()).isZero();
    assertThat(feed.out()).containsPattern("https://amity.example/feeds/[A-Za-z0-9_-]{43}\\.atom");
    assertThat(Cli.run("follow", "feed", "--db", db, "--user", "ana", "--revoke").out())
        .contains("revoked");
    Cli.Run bad = Cli.run("follow", "webhook", "--db", db, "--user", "ana", "--url", "file:///x");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("absolute http or https URL");
    Cli.Run ok =
        Cli.run("follow", "webhook", "--db", db, "--user", "ana", "--url", "http://127.0.0.1:9/h");
    assertThat(ok.exit()).isZero();
    assertThat(Cli.run("follow", "webhook", "--db", db, "--user", "ana").out())
        .contains("http://127.0.0.1:9/h");
    assertThat(Cli.run("follow", "notifications", "--db", db, "--user", "ana").out())
        .contains("no notifications for ana");
  }
}
