package org.amity.flink.source;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.reader.BulkFormat;

/**
 * Export files (GDELT 1.0 and 2.0, ICEWS; plain, gzip or zip) for Flink's {@code FileSource}: each
 * file is one split read whole by one reader with the core's {@code FileScan}, so the format is
 * recognised and lines are parsed exactly as the embedded ingest does (ICEWS rows with the office
 * holders the job was given, as {@code amity ingest icews} reads them with the same list). A file
 * is not splittable (compressed, and its format is known only from its first lines).
 *
 * <p>Files must be reachable as local paths on every task manager (a local disk or a shared mount);
 * object stores are not read.
 */
public final class ExportFileFormat implements BulkFormat<ParsedLine, FileSourceSplit> {
  private static final long serialVersionUID = 1L;

  private final String officeHolders;

  /** Files read with no office-holder list: ICEWS persons keep the sectors the rows give them. */
  public ExportFileFormat() {
    this(null);
  }

  /**
   * Files whose ICEWS rows give a named person the state role he held that day from the list at
   * {@code officeHolders} (a PETRARCH actor dictionary; null for none), as {@code amity ingest
   * icews} reads them.
   */
  public ExportFileFormat(String officeHolders) {
    this.officeHolders = officeHolders;
  }

  @Override
  public Reader<ParsedLine> createReader(Configuration config, FileSourceSplit split)
      throws IOException {
    Path path = localPath(split);
    return new ExportFileReader(path, path.toString(), 0, officeHolders);
  }

  @Override
  public Reader<ParsedLine> restoreReader(Configuration config, FileSourceSplit split)
      throws IOException {
    long skip = split.getReaderPosition().map(p -> p.getRecordsAfterOffset()).orElse(0L);
    Path path = localPath(split);
    return new ExportFileReader(path, path.toString(), skip, officeHolders);
  }

  @Override
  public boolean isSplittable() {
    return false;
  }

  @Override
  public TypeInformation<ParsedLine> getProducedType() {
    return Serializers.PARSED_LINE;
  }

  private static Path localPath(FileSourceSplit split) throws IOException {
    var uri = split.path().toUri();
    if (uri.getScheme() != null && !"file".equals(uri.getScheme())) {
      throw new IOException(
          split.path() + ": only local (or mounted) files are read, not " + uri.getScheme());
    }
    return uri.getScheme() == null ? Paths.get(uri.getPath()) : Paths.get(uri);
  }
}
