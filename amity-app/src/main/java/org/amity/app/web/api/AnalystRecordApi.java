package org.amity.app.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;
import org.amity.app.web.ApiProblem;
import org.amity.app.web.auth.AccessGuard;
import org.amity.app.web.auth.Role;
import org.amity.app.web.auth.Session;
import org.amity.signal.AnalystRecords;

/**
 * What analysts record, kept with the situation: an alert acknowledged (seen and being looked at),
 * a note, or an action taken (who, when, with which instrument). The store audits each write in the
 * write's own transaction. Closing alerts stays with the detector: an acknowledgement does not
 * close.
 */
public final class AnalystRecordApi {
  /** Instrument ids as the knowledge base writes them: "adi-hotline", "tac-high-council". */
  private static final Pattern INSTRUMENT = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

  private final AnalystRecords records;
  private final AccessGuard guard;

  public AnalystRecordApi(AnalystRecords records, AccessGuard guard) {
    this.records = records;
    this.guard = guard;
  }

  public void addTo(RoutesConfig r) {
    r.post("/api/v1/alerts/{id}/acknowledgements", this::acknowledge, Role.ANALYST);
    r.post("/api/v1/situations/{id}/notes", this::note, Role.ANALYST);
  }

  void acknowledge(Context ctx) {
    Params.only(ctx);
    long alertId = Params.id(ctx, "id");
    String comment = JsonBody.of(ctx, "comment").text("comment", false, 2000);
    Session s = AccessGuard.session(ctx);
    LocalDateTime now = LocalDateTime.now();
    boolean first;
    try {
      first = records.acknowledge(alertId, comment, author(ctx, s), now);
    } catch (NoSuchElementException e) {
      throw ApiProblem.notFound(e.getMessage());
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("alertId", alertId);
    out.put("user", s.user());
    out.put("at", now);
    out.put("comment", comment);
    ctx.status(first ? 201 : 200).json(out);
  }

  void note(Context ctx) {
    Params.only(ctx);
    long situationId = Params.id(ctx, "id");
    JsonBody body = JsonBody.of(ctx, "kind", "text", "instrument", "takenOn", "alertId");
    String kind = body.text("kind", false, 10);
    kind = kind == null ? "note" : kind;
    if (!kind.equals("note") && !kind.equals("action")) {
      throw ApiProblem.badRequest("kind must be note or action, got '" + Params.clip(kind) + "'");
    }
    String text = body.text("text", true, 4000);
    String instrument = body.text("instrument", kind.equals("action"), 64);
    if (instrument != null && !INSTRUMENT.matcher(instrument).matches()) {
      throw ApiProblem.badRequest(
          "instrument must be a knowledge-base id such as adi-hotline (lower-case letters, digits,"
              + " '.', '_', '-')");
    }
    LocalDate takenOn = body.date("takenOn");
    if (takenOn != null && !kind.equals("action")) {
      throw ApiProblem.badRequest("takenOn belongs to an action, not a note");
    }
    Long alertId = body.positive("alertId");
    Session s = AccessGuard.session(ctx);
    AnalystRecords.Note stored;
    try {
      stored =
          records.addNote(
              situationId,
              new AnalystRecords.NewNote(kind, text, instrument, takenOn, alertId),
              author(ctx, s),
              LocalDateTime.now());
    } catch (NoSuchElementException e) {
      throw ApiProblem.notFound(e.getMessage());
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest(e.getMessage());
    }
    ctx.status(201).json(stored);
  }

  private AnalystRecords.Author author(Context ctx, Session s) {
    return new AnalystRecords.Author(s.user(), guard.clientAddress(ctx));
  }
}
