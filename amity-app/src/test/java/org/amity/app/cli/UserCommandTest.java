package org.amity.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.amity.app.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserCommandTest {
  @TempDir Path dir;

  private int run(String stdin, ByteArrayOutputStream out, String... args) {
    InputStream in = System.in;
    PrintStream o = System.out;
    try {
      System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      return Main.run(args);
    } finally {
      System.setIn(in);
      System.setOut(o);
    }
  }

  @Test
  void addsAnAccountWithThePasswordFromStandardInput() {
    String db = dir.resolve("u.duckdb").toString();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(
            run(
                "a long enough password\n",
                out,
                "user",
                "add",
                "ana",
                "--role",
                "analyst",
                "--db",
                db))
        .isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("created analyst account 'ana'");
    ByteArrayOutputStream list = new ByteArrayOutputStream();
    assertThat(run("", list, "user", "list", "--db", db)).isZero();
    assertThat(list.toString(StandardCharsets.UTF_8)).contains("ana\tanalyst");
  }

  @Test
  void refusesBadRolesShortPasswordsAndTakenNames() {
    String db = dir.resolve("u.duckdb").toString();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(
            run(
                "a long enough password\n",
                out,
                "user",
                "add",
                "ana",
                "--role",
                "boss",
                "--db",
                db))
        .isEqualTo(2);
    assertThat(run("short\n", out, "user", "add", "ana", "--role", "viewer", "--db", db))
        .isEqualTo(2);
    assertThat(
            run(
                "a long enough password\n",
                out,
                "user",
                "add",
                "ana",
                "--role",
                "viewer",
                "--db",
                db))
        .isZero();
    assertThat(
            run(
                "a long enough password\n",
                out,
                "user",
                "add",
                "ana",
                "--role",
                "viewer",
                "--db",
                db))
        .isEqualTo(2);
  }

  private String text(ByteArrayOutputStream out) {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void refusesWeakPasswordsOnAddAndPasswd() {
    String db = dir.resolve("u.duckdb").toString();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String weak : new String[] {"aaaaaaaaaaaa", "          ", "password1234", "eleven-char"}) {
      assertThat(run(weak + "\n", out, "user", "add", "ana", "--role", "admin", "--db", db))
          .isEqualTo(2);
    }
    assertThat(
            run(
                "a long enough password\n",
                out,
                "user",
                "add",
                "ana",
                "--role",
                "admin",
                "--db",
                db))
        .isZero();
    assertThat(run("qwerty123456\n", out, "user", "passwd", "ana", "--db", db)).isEqualTo(2);
  }

  @Test
  void disablesEnablesChangesThePasswordRevokesUnlocksAndRemoves() {
    String db = dir.resolve("u.duckdb").toString();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(
            run(
                "a long enough password\n",
                out,
                "user",
                "add",
                "ana",
                "--role",
                "viewer",
                "--db",
                db))
        .isZero();
    assertThat(run("", out, "user", "disable", "ana", "--db", db)).isZero();
    ByteArrayOutputStream list = new ByteArrayOutputStream();
    assertThat(run("", list, "user", "list", "--db", db)).isZero();
    assertThat(text(list)).contains("ana\tviewer\tdisabled");
    assertThat(run("", out, "user", "enable", "ana", "--db", db)).isZero();
    ByteArrayOutputStream passwd = new ByteArrayOutputStream();
    assertThat(run("another fine passphrase\n", passwd, "user", "passwd", "ana", "--db", db))
        .isZero();
    assertThat(text(passwd)).contains("new password set for 'ana'");
    ByteArrayOutputStream revoke = new ByteArrayOutputStream();
    assertThat(run("", revoke, "user", "revoke", "ana", "--json", "--db", db)).isZero();
    assertThat(text(revoke)).contains("\"sessionsEnded\" : 0");
    ByteArrayOutputStream unlock = new ByteArrayOutputStream();
    assertThat(run("", unlock, "user", "unlock", "ana", "--db", db)).isZero();
    assertThat(text(unlock)).contains("had no failed sign-ins");
    assertThat(run("", out, "user", "remove", "ana", "--db", db)).isZero();
    assertThat(run("", out, "user", "remove", "ana", "--db", db)).isEqualTo(2);
    ByteArrayOutputStream after = new ByteArrayOutputStream();
    assertThat(run("", after, "user", "list", "--db", db)).isZero();
    assertThat(text(after)).contains("no accounts");
  }
}
