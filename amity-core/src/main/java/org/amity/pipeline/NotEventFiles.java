package org.amity.pipeline;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Tells documentation files apart from event files, so that ingesting a data folder (which holds a
 * {@code PROVENANCE.md} or a {@code README} beside its data) skips them with a stated reason
 * instead of failing them. Only names that are clearly documentation are skipped: a documentation
 * extension ({@code .md}, {@code .pdf}, {@code .html}, ...) or a documentation name ({@code
 * README}, {@code LICENSE}, {@code PROVENANCE}, ...) with no extension or a text one. Anything else
 * is read and, when it is not of the expected kind, fails with the reader's message as before.
 */
public final class NotEventFiles {
  /** The reason given for a skipped documentation file. */
  public static final String DOCUMENTATION = "not an event file: documentation";

  private static final Set<String> DOC_EXTENSIONS =
      Set.of("md", "markdown", "rst", "adoc", "pdf", "html", "htm", "doc", "docx", "odt", "rtf");
  private static final Set<String> DOC_NAMES =
      Set.of(
          "readme",
          "license",
          "licence",
          "provenance",
          "changelog",
          "changes",
          "notice",
          "copying",
          "authors",
          "citation");
  private static final Set<String> TEXT_EXTENSIONS = Set.of("", "txt", "text");

  private NotEventFiles() {}

  /** Why {@code file} is not read as an event file, or empty when it is to be read. */
  public static Optional<String> reason(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return Optional.empty();
    }
    String n = name.toString().toLowerCase(Locale.ROOT);
    int dot = n.lastIndexOf('.');
    String stem = dot < 0 ? n : n.substring(0, dot);
    String ext = dot < 0 ? "" : n.substring(dot + 1);
    if (DOC_EXTENSIONS.contains(ext) || DOC_NAMES.contains(stem) && TEXT_EXTENSIONS.contains(ext)) {
      return Optional.of(DOCUMENTATION);
    }
    return Optional.empty();
  }
}
