package org.amity.response.kb;

/** One thing wrong in the knowledge base: the file, where in it, and what. */
public record KbProblem(String file, String where, String message) {
  @Override
  public String toString() {
    return file + ": " + where + ": " + message;
  }
}
