package org.amity.forecast;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.amity.forecast.backtest.CaseModel;
import org.amity.forecast.backtest.Panel;

/**
 * What a forecast run was made from, so it can be checked and repeated: the SHA-256 of every data
 * file, the features, the model's settings, the seed and the code version. The same files, code and
 * seed give the same numbers.
 */
public final class Provenance {
  private Provenance() {}

  /** The provenance of running {@code model} on {@code panel}, as an ordered map for JSON. */
  public static Map<String, Object> of(Panel panel, CaseModel model, long seed, String codeVersion)
      throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("dataFiles", hashes(panel.files()));
    m.put("features", List.of(panel.features()));
    m.put("model", model.name());
    m.put("parameters", model.parameters());
    m.put("seed", seed);
    m.put("codeVersion", codeVersion);
    m.put("unit", panel.unitKind());
    m.put("period", panel.periodKind());
    m.put("trainLag", panel.trainLag());
    m.put("trainWindow", panel.trainWindow());
    m.putAll(panel.notes());
    return m;
  }

  /** File name to SHA-256; a folder contributes each of its files. */
  public static Map<String, String> hashes(Map<String, Path> files) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (var e : files.entrySet()) {
      Path p = e.getValue();
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.list(p)) {
          for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
            if (!f.getFileName().toString().endsWith(".md")) {
              out.put(e.getKey() + "/" + f.getFileName(), sha256(f));
            }
          }
        }
      } else {
        out.put(e.getKey(), sha256(p));
      }
    }
    return out;
  }

  public static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
