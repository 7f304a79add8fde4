package org.amity.access;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be, on every path that sets one (command line, API, dashboard, demo): at
 * least {@value #MIN_CHARS} characters, at most {@value #MAX_BYTES} bytes in UTF-8 (bcrypt reads no
 * more, and a password is refused rather than cut), not one character repeated, not the account
 * name, and not in the list of common passwords shipped in {@code common-passwords.txt} (compared
 * without regard to case or surrounding spaces).
 */
public final class PasswordPolicy {
  public static final int MIN_CHARS = 12;
  public static final int MAX_BYTES = 72;
  static final String LIST = "common-passwords.txt";

  private static final PasswordPolicy STANDARD = new PasswordPolicy(load());

  private final Set<String> common;

  PasswordPolicy(Set<String> common) {
    this.common = Set.copyOf(common);
  }

  /** The policy with the shipped list. */
  public static PasswordPolicy standard() {
    return STANDARD;
  }

  /**
   * Refuses a password that breaks the policy, saying which rule.
   *
   * @param account the account it is for (a password may not be its name)
   * @throws IllegalArgumentException naming the rule broken
   */
  public void check(char[] password, String account) {
    String p = new String(password);
    int chars = p.codePointCount(0, p.length());
    if (chars < MIN_CHARS) {
      throw new IllegalArgumentException(
          "the password must have at least " + MIN_CHARS + " characters (it has " + chars + ")");
    }
    if (p.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw new IllegalArgumentException(
          "the password must have at most " + MAX_BYTES + " bytes in UTF-8 (a bcrypt limit)");
    }
    if (p.codePoints().distinct().count() == 1) {
      throw new IllegalArgumentException("the password must not be one character repeated");
    }
    if (p.isBlank()) {
      throw new IllegalArgumentException("the password must not be only spaces");
    }
    String folded = p.strip().toLowerCase(Locale.ROOT);
    if (account != null && folded.contains(account.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException("the password must not contain the account name");
    }
    if (common.contains(folded)) {
      throw new IllegalArgumentException(
          "the password is in the list of common passwords that guessers try first; choose another");
    }
  }

  /** How many common passwords the list holds. */
  public int commonCount() {
    return common.size();
  }

  private static Set<String> load() {
    try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + LIST);
      }
      Set<String> out = new HashSet<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.strip().toLowerCase(Locale.ROOT));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + LIST, e);
    }
  }
}
