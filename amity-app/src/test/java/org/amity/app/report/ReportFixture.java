package org.amity.app.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.amity.app.web.SignalFixtures;
import org.amity.response.kb.KnowledgeBase;
import org.amity.response.timeline.EntryJson;
import org.amity.response.timeline.EntryRules;
import org.amity.response.timeline.TimelineEntry;
import org.amity.response.timeline.TimelineRecorder;
import org.amity.response.timeline.TimelineStore;
import org.amity.response.track2.Track2Meeting;
import org.amity.store.duckdb.DuckDbStorage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A store with the web's signal fixtures (situation 2: the Scarborough standoff, at warning level),
 * a timeline on situation 2 (one entry for analysts only) and a track II meeting whose
 * recommendation is linked to that timeline, with a planted participant name.
 */
public final class ReportFixture {
  public static final String NAME = "Wilhelmina Crumbleton";
  public static final String CONSULTATION = "Foreign ministers discussed the shoal in Naypyidaw";
  public static final String ANALYSTS_ONLY = "Private channel opened by an envoy";
  public static final String FINDING = "both coast guards want rules";

  private ReportFixture() {}

  public static DuckDbStorage open(Path dir) throws SQLException {
    DuckDbStorage store = DuckDbStorage.open(dir.resolve("report.duckdb"));
    SignalFixtures.insert(store.eventStore().connection());
    plant(store);
    return store;
  }

  /** Records the timeline and the track II meeting on situation 2 of the signal fixtures. */
  public static void plant(org.amity.storage.Storage store) {
    TimelineRecorder rec =
        new TimelineRecorder(store.timelines(), new EntryRules(KnowledgeBase.standard()));
    TimelineStore.Writer w = new TimelineStore.Writer("analyst", "127.0.0.1");
    TimelineEntry consult =
        rec.record(
            EntryJson.read(
                json(
                    Map.of(
                        "situation", SignalFixtures.SCARBOROUGH,
                        "kind", "consultation",
                        "date", "2014-05-10",
                        "track", 1,
                        "body", "asean-chair",
                        "text", CONSULTATION,
                        "reference", "https://example.org/asean-fmm-statement"))),
            "analyst",
            w);
    rec.record(
        EntryJson.read(
            json(
                Map.of(
                    "situation", SignalFixtures.SCARBOROUGH,
                    "kind", "consultation",
                    "date", "2014-05-12",
                    "track", 1,
                    "body", "quiet channel",
                    "text", ANALYSTS_ONLY,
                    "visibility", "analyst"))),
        "analyst",
        w);
    store
        .track2()
        .add(
            new Track2Meeting(
                0,
                LocalDate.parse("2014-05-15"),
                "Study group on the shoal",
                List.of("a network"),
                9,
                Map.of("academic", 9),
                List.of(FINDING),
                List.of(
                    new Track2Meeting.Recommendation(
                        0, "joint rules", "submitted", List.of(consult.id()))),
                List.of(NAME)),
            "convenor",
            "127.0.0.1");
  }

  private static com.fasterxml.jackson.databind.JsonNode json(Map<String, Object> m) {
    return new ObjectMapper().valueToTree(m);
  }

  /** The text of a PDF, as PDFBox extracts it. */
  public static String text(byte[] pdf) {
    try (PDDocument d = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Keeps a rendered report in target/reports for people to look at. */
  public static void keep(String name, byte[] bytes) {
    try {
      Path out = Path.of("target", "reports");
      java.nio.file.Files.createDirectories(out);
      java.nio.file.Files.write(out.resolve(name), bytes);
      try (PDDocument d = Loader.loadPDF(bytes)) {
        javax.imageio.ImageIO.write(
            new org.apache.pdfbox.rendering.PDFRenderer(d).renderImageWithDPI(0, 80),
            "png",
            out.resolve(name + ".png").toFile());
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
