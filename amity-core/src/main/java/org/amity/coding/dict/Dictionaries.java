package org.amity.coding.dict;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every dictionary the coder uses, loaded from the files and folders a user names. Each file is
 * recognised by its {@link DictionaryKind}; several files of a kind merge (the first entry for a
 * phrase wins). Amity's own Southeast Asian actor dictionary is added last, as a supplement, unless
 * left out.
 */
public final class Dictionaries {
  /** Amity's supplement: states, leaders' offices, militaries, coast guards and armed groups. */
  public static final String SEA_ACTORS = "/org/amity/coding/sea.actors.txt";

  /** The Phoenix dictionary set PETRARCH-2 codes real news with (the GSR file's environment). */
  public static final List<String> PHOENIX_FILES =
      List.of(
          "CAMEO.2.0.txt",
          "Phoenix.Countries.actors.txt",
          "Phoenix.International.actors.txt",
          "Phoenix.MilNonState.actors.txt",
          "Phoenix.agents.txt",
          "Phoenix.discards.txt");

  /** The Phoenix set within {@code dir}; missing files are left out (the caller checks). */
  public static List<Path> phoenixSet(Path dir) {
    List<Path> out = new ArrayList<>();
    for (String f : PHOENIX_FILES) {
      Path p = dir.resolve(f);
      if (Files.isRegularFile(p)) {
        out.add(p);
      }
    }
    return out;
  }

  /** What was read from one file. */
  public record FileReport(String file, DictionaryKind kind, int entries) {}

  private VerbDictionary verbs = new VerbDictionary();
  private final ActorDictionary actors = new ActorDictionary();
  private final AgentDictionary agents = new AgentDictionary();
  private final DiscardList discards = new DiscardList();
  private final IssueList issues = new IssueList();
  private final List<FileReport> files = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private boolean anyVerbs;
  private boolean disconnected;
  private final java.security.MessageDigest contents = sha256();

  private Dictionaries() {}

  private static java.security.MessageDigest sha256() {
    try {
      return java.security.MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from this Java", e);
    }
  }

  /**
   * A SHA-256 of everything read, in order (every file's bytes, and the supplement's): equal for
   * the same dictionaries, different when any file changes. Keys cached models that depend on it.
   */
  public String fingerprint() {
    try {
      return java.util.HexFormat.of()
          .formatHex(((java.security.MessageDigest) contents.clone()).digest());
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("SHA-256 digest cannot be copied", e);
    }
  }

  /**
   * Loads the dictionaries in {@code paths} (files, or folders read recursively in name order). A
   * blank inside an actor or agent phrase is read as TABARI's format defines it, a disconnected
   * phrase ({@link #withDisconnectedPhrases}), unless that is turned off afterwards.
   *
   * @param supplement whether to add Amity's Southeast Asian actors
   * @throws IllegalArgumentException when a path is missing or no verb dictionary is among them
   */
  public static Dictionaries load(List<Path> paths, boolean supplement) throws IOException {
    Dictionaries d = new Dictionaries();
    for (Path p : expand(paths)) {
      d.readFile(p);
    }
    if (supplement) {
      d.readSupplement();
    }
    if (!d.anyVerbs) {
      throw new IllegalArgumentException(
          "no verb dictionary among " + paths + ": give a CAMEO verb pattern file with --dict");
    }
    d.verbs.resolveTransformations(d.problems);
    d.withDisconnectedPhrases(true);
    return d;
  }

  static List<Path> expand(List<Path> paths) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(Files::isRegularFile)
              .filter(f -> !f.getFileName().toString().startsWith("."))
              .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
              .sorted()
              .forEach(out::add);
        }
      } else if (Files.isRegularFile(p)) {
        out.add(p);
      } else {
        throw new IllegalArgumentException("no dictionary file or folder at " + p);
      }
    }
    return out;
  }

  private void readFile(Path file) throws IOException {
    contents.update(Files.readAllBytes(file));
    List<DictionaryText.Line> lines = DictionaryText.read(file);
    DictionaryKind kind = DictionaryKind.detect(lines);
    String name = file.getFileName().toString();
    int before;
    switch (kind) {
      case VERBS -> {
        VerbDictionary v = VerbDictionaryReader.read(lines, name, problems);
        verbs.addAll(v);
        anyVerbs = true;
        files.add(new FileReport(file.toString(), kind, v.patterns()));
      }
      case ACTORS -> {
        before = actors.phrases().size();
        actors.read(lines, name, problems);
        files.add(new FileReport(file.toString(), kind, actors.phrases().size() - before));
      }
      case AGENTS -> {
        before = agents.phrases().size();
        agents.read(lines, name, problems);
        files.add(new FileReport(file.toString(), kind, agents.phrases().size() - before));
      }
      case DISCARDS -> {
        before = discards.size();
        discards.read(lines);
        files.add(new FileReport(file.toString(), kind, discards.size() - before));
      }
      case ISSUES -> {
        before = issues.size();
        issues.read(lines, name, problems);
        files.add(new FileReport(file.toString(), kind, issues.size() - before));
      }
      default -> files.add(new FileReport(file.toString(), kind, 0));
    }
  }

  private void readSupplement() throws IOException {
    try (InputStream in = Dictionaries.class.getResourceAsStream(SEA_ACTORS)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("missing resource " + SEA_ACTORS));
      }
      byte[] bytes = in.readAllBytes();
      contents.update(bytes);
      String text = new String(bytes, StandardCharsets.UTF_8);
      int before = actors.phrases().size();
      actors.read(DictionaryText.lines(text), "sea.actors.txt", problems);
      files.add(
          new FileReport(
              "amity:" + SEA_ACTORS, DictionaryKind.ACTORS, actors.phrases().size() - before));
    }
  }

  public VerbDictionary verbs() {
    return verbs;
  }

  /**
   * Leaves out the verb dictionary's transformation rules, so reported speech keeps the reported
   * event (the command line's default); the fingerprint changes with it when there were rules to
   * leave out, as the coding does.
   */
  public Dictionaries withoutTransformations() {
    if (!verbs.transformationRules().isEmpty()) {
      verbs.dropTransformations();
      contents.update("no-transformations".getBytes(StandardCharsets.UTF_8));
    }
    return this;
  }

  /**
   * Lets a blank between two words of an actor or agent phrase stand for a few modifiers (TABARI's
   * disconnected phrase, "Ithilen state-run television" for {@code ITHILEN TELEVISION}); off, a
   * blank means adjacent, like an underscore. The fingerprint changes with it when there are such
   * phrases, as the coding does. On by default since the tenth round (docs/coding.md): the
   * fingerprint of a default load equals the one the command line gave before, when it turned this
   * on by hand.
   */
  public Dictionaries withDisconnectedPhrases(boolean on) {
    if (on != disconnected && disconnectedPhrases() > 0) {
      contents.update(("disconnected-phrases=" + on).getBytes(StandardCharsets.UTF_8));
    }
    disconnected = on;
    return this;
  }

  /** Whether disconnected phrases are read as such ({@link #withDisconnectedPhrases}). */
  public boolean disconnected() {
    return disconnected;
  }

  private int disconnectedPhrases() {
    return actors.phrases().disconnected() + agents.phrases().disconnected();
  }

  public ActorDictionary actors() {
    return actors;
  }

  public AgentDictionary agents() {
    return agents;
  }

  public DiscardList discards() {
    return discards;
  }

  public IssueList issues() {
    return issues;
  }

  public List<FileReport> files() {
    return List.copyOf(files);
  }

  /** Lines that could not be read, "file:line: reason". */
  public List<String> problems() {
    return List.copyOf(problems);
  }

  /** Counts for reports: verb forms, patterns, actor and agent phrases, discards, issues. */
  public Map<String, Integer> counts() {
    Map<String, Integer> m = new LinkedHashMap<>();
    m.put("verbForms", verbs.verbForms());
    m.put("verbPatterns", verbs.patterns());
    m.put("synsets", verbs.synsets());
    m.put("transformations", verbs.transformations());
    m.put("transformationsApplied", verbs.transformationRules().size());
    m.put("actorPhrases", actors.phrases().size());
    m.put("agentPhrases", agents.phrases().size());
    m.put("disconnectedPhrases", disconnectedPhrases());
    m.put("discards", discards.size());
    m.put("issuePhrases", issues.size());
    m.put("problems", problems.size());
    return m;
  }
}
