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
}
