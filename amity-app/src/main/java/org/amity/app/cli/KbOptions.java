package org.amity.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.amity.response.kb.KnowledgeBase;
import org.amity.response.kb.KnowledgeBaseLoader;
import picocli.CommandLine.Option;

/** The {@code --kb} option: use a knowledge base from a folder instead of the one shipped. */
final class KbOptions {
  @Option(
      names = "--kb",
      paramLabel = "DIR",
      description =
          "Folder with the knowledge-base files (sources, norms, measures, instruments .yaml);"
              + " default: the knowledge base shipped with Amity.")
  Path dir;

  KnowledgeBaseLoader.Result read() {
    if (dir == null) {
      return KnowledgeBaseLoader.readStandard();
    }
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("--kb " + dir + " is not a folder");
    }
    return KnowledgeBaseLoader.read(dir);
  }

  /** The validated knowledge base; fails (exit 1) listing the first problem when invalid. */
  KnowledgeBase load() {
    return read().orThrow();
  }
}
