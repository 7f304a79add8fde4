package org.amity.store.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetPartsTest {
  private static final List<String> REJECTS =
      List.of("ingest_id", "file_name", "sha256", "line", "reason");

  @TempDir Path dir;

  @Test
  void refusesColumnsThatAreNotTheTables() {
    assertThatThrownBy(() -> ParquetParts.open("rejects", List.of("ingest_id", "file_name")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not those of table rejects");
  }

  @Test
  void writesRowsWithTheTablesColumnsAndStartsAfresh() throws Exception {
    Path folder = dir.resolve("rejects");
    try (ParquetParts p = ParquetParts.open("rejects", REJECTS)) {
      p.append(new Object[] {7, "a.csv", "abc", 3L, "too few columns"});
      p.append(new Object[] {7, "a.csv", "abc", 9L, "empty line"});
      assertThat(p.rows()).isEqualTo(2);
      p.writeTo(folder.resolve("part-0-1.parquet"));
      assertThat(p.rows()).isZero();
      p.append(new Object[] {8, "b.csv", "def", 1L, "empty line"});
      p.writeTo(folder.resolve("part-0-2.parquet"));
    }
    assertThat(ParquetParts.rowCount(folder)).isEqualTo(3);
    assertThat(ParquetOutputs.schema(folder)).isEqualTo(ParquetOutputs.storeSchema("rejects"));
  }

  @Test
  void anEmptyFileStillCarriesTheColumns() throws Exception {
    Path folder = dir.resolve("indicator_days");
    ParquetParts.writeEmpty("indicator_days", folder.resolve("part-0-0.parquet"));
    assertThat(ParquetParts.rowCount(folder)).isZero();
    assertThat(ParquetOutputs.schema(folder))
        .isEqualTo(ParquetOutputs.storeSchema("indicator_days"));
  }

  @Test
  void refusesAValueItCannotStore() throws Exception {
    try (ParquetParts p = ParquetParts.open("rejects", REJECTS)) {
      assertThatThrownBy(() -> p.append(new Object[] {7, "a.csv", "abc", 3L, new Object()}))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("cannot store a value of type java.lang.Object");
    }
  }
}
