package org.amity.flink.tables;

import java.util.List;
import org.amity.flink.ParquetTable;
import org.amity.flink.source.ParsedLine;

/** The {@code rejects} table: every line that could not be stored, with file, line and reason. */
public final class RejectsTable implements ParquetTable<ParsedLine> {
  private static final long serialVersionUID = 1L;

  private static final List<String> COLUMNS =
      List.of("ingest_id", "file_name", "sha256", "line", "reason");

  @Override
  public String name() {
    return "rejects";
  }

  @Override
  public List<String> columns() {
    return COLUMNS;
  }

  @Override
  public Object[] row(ParsedLine p) {
    return new Object[] {
      p.ingestId(), p.reject().file(), p.sha256(), p.reject().line(), p.reject().reason()
    };
  }
}
