package org.amity.forecast.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A whole CSV file in memory, read by RFC 4180 rules: quoted fields may hold commas, doubled quotes
 * and line breaks (the piracy files need this). A leading UTF-8 byte-order mark is dropped. Rows
 * whose field count differs from the header are kept aside in {@link #malformed()} with their
 * record number, never silently dropped.
 */
public final class CsvTable {
  private final Path file;
  private final List<String> header;
  private final Map<String, Integer> index = new HashMap<>();
  private final List<List<String>> rows;
  private final List<String> malformed;

  private CsvTable(
      Path file, List<String> header, List<List<String>> rows, List<String> malformed) {
    this.file = file;
    this.header = header;
    this.rows = rows;
    this.malformed = malformed;
    for (int i = 0; i < header.size(); i++) {
      index.putIfAbsent(header.get(i), i);
    }
  }

  /** Reads the file; fails if it has no header. */
  public static CsvTable read(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      List<List<String>> records = parse(r);
      if (records.isEmpty()) {
        throw new IOException(file + ": empty file, no header");
      }
      List<String> header = new ArrayList<>(records.get(0));
      if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
        header.set(0, header.get(0).substring(1));
      }
      List<List<String>> rows = new ArrayList<>();
      List<String> bad = new ArrayList<>();
      for (int i = 1; i < records.size(); i++) {
        List<String> rec = records.get(i);
        if (rec.size() == 1 && rec.get(0).isEmpty()) {
          continue; // blank line
        }
        if (rec.size() != header.size()) {
          bad.add(
              file.getFileName()
                  + " record "
                  + i
                  + ": "
                  + rec.size()
                  + " fields, header has "
                  + header.size());
          continue;
        }
        rows.add(rec);
      }
      return new CsvTable(file, header, rows, bad);
    }
  }

  private static List<List<String>> parse(Reader r) throws IOException {
    List<List<String>> out = new ArrayList<>();
    List<String> rec = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    int c;
    while ((c = r.read()) != -1) {
      any = true;
      if (quoted) {
        if (c == '"') {
          r.mark(1);
          int n = r.read();
          if (n == '"') {
            field.append('"');
          } else {
            quoted = false;
            if (n != -1) {
              r.reset();
            }
          }
        } else {
          field.append((char) c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        rec.add(field.toString());
        field.setLength(0);
      } else if (c == '\n') {
        rec.add(stripCr(field));
        field.setLength(0);
        out.add(rec);
        rec = new ArrayList<>();
        any = false;
      } else {
        field.append((char) c);
      }
    }
    if (any) {
      rec.add(stripCr(field));
      out.add(rec);
    }
    return out;
  }

  private static String stripCr(StringBuilder f) {
    int n = f.length();
    return n > 0 && f.charAt(n - 1) == '\r' ? f.substring(0, n - 1) : f.toString();
  }

  public Path file() {
    return file;
  }

  public List<String> header() {
    return header;
  }

  public int size() {
    return rows.size();
  }

  /** Records that did not fit the header, each with its record number and reason. */
  public List<String> malformed() {
    return malformed;
  }

  /** The column position of {@code name}; fails naming the file when the column is missing. */
  public int column(String name) {
    Integer i = index.get(name);
    if (i == null) {
      throw new IllegalArgumentException(file + " has no column '" + name + "'");
    }
    return i;
  }

  public boolean hasColumn(String name) {
    return index.containsKey(name);
  }

  public String get(int row, int column) {
    return rows.get(row).get(column);
  }

  /** The value as a number; NaN for empty or "NA" cells and for text that is not a number. */
  public double number(int row, int column) {
    return parseNumber(get(row, column));
  }

  /** "NA", "" and unparseable text are NaN (missing). */
  public static double parseNumber(String s) {
    String t = s.strip();
    if (t.isEmpty() || t.equals("NA") || t.equalsIgnoreCase("nan")) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(t);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
