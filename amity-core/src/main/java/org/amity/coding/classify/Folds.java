package org.amity.coding.classify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * The fixed cross-validation split: a sentence's fold is the first byte of the SHA-256 of its
 * normalised text (lower case, runs of white space as one space, trimmed) modulo the number of
 * folds. It depends on nothing but the text, so it is the same on every machine and run, and a
 * sentence that appears twice (the ConfliBERT train split has three such) is always in one fold.
 * The sets have no story ids; the text is the finest grouping they offer.
 */
public final class Folds {
  private Folds() {}

  public static int of(String text, int folds) {
    String norm = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(norm.getBytes(StandardCharsets.UTF_8));
      return (h[0] & 0xff) % folds;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from this Java", e);
    }
  }
}
