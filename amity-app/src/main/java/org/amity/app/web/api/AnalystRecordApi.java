package org.amity.app.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.amity.access.Agent;
import org.amity.app.web.ApiProblem;
import org.amity.app.web.StoreConnections;
import org.amity.app.web.auth.AccessGuard;
import org.amity.app.web.auth.Role;
import org.amity.app.web.auth.Session;
import org.amity.store.duckdb.DuckDbAuditTrail;

/**
 * What analysts record, kept with the situation: an alert acknowledged (seen and being looked at),
 * a note, or an action taken (who, when, with which instrument). Each write is audited in its own
 * transaction. Closing alerts stays with the detector: an acknowledgement does not close.
 */
public final class AnalystRecordApi {
  /** Instrument ids as the knowledge base writes them: "adi-hotline", "tac-high-council". */
  private static final Pattern INSTRUMENT = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

  private final StoreConnections db;
  private final AccessGuard guard;

  public AnalystRecordApi(StoreConnections db, AccessGuard guard) {
    this.db = db;
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
    String ip = guard.clientAddress(ctx);
    LocalDateTime now = LocalDateTime.now();
    boolean first =
        db.write(
            c -> {
              if (SignalReads.situationOfAlert(c, alertId).isEmpty()) {
                throw ApiProblem.notFound("no alert " + alertId);
              }
              int updated;
              try (PreparedStatement p =
                  c.prepareStatement(
                      "UPDATE alert_acks SET acked_at = ?, comment = ? WHERE alert_id = ?"
                          + " AND user_name = ?")) {
                p.setTimestamp(1, Timestamp.valueOf(now));
                p.setString(2, comment);
                p.setLong(3, alertId);
                p.setString(4, s.user());
                updated = p.executeUpdate();
              }
              if (updated == 0) {
                try (PreparedStatement p =
                    c.prepareStatement("INSERT INTO alert_acks VALUES (?, ?, ?, ?)")) {
                  p.setLong(1, alertId);
                  p.setString(2, s.user());
                  p.setTimestamp(3, Timestamp.valueOf(now));
                  p.setString(4, comment);
                  p.executeUpdate();
                }
              }
              Map<String, Object> detail = new LinkedHashMap<>();
              detail.put("comment", comment);
              DuckDbAuditTrail.append(
                  c, new Agent(s.user(), ip), "alert.acknowledge", "alert/" + alertId, detail);
              return updated == 0;
            });
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
    String ip = guard.clientAddress(ctx);
    LocalDateTime now = LocalDateTime.now();
    String k = kind;
    long id =
        db.write(
            c -> {
              if (!SignalReads.situationExists(c, situationId)) {
                throw ApiProblem.notFound("no situation " + situationId);
              }
              if (alertId != null
                  && SignalReads.situationOfAlert(c, alertId).orElse(-1L) != situationId) {
                throw ApiProblem.badRequest(
                    "alert " + alertId + " is not an alert of situation " + situationId);
              }
              long noteId = StoreConnections.nextValue(c, "note_id_seq");
              try (PreparedStatement p =
                  c.prepareStatement(
                      "INSERT INTO situation_notes (id, situation_id, alert_id, kind, author,"
                          + " created_at, text, instrument, taken_on) VALUES (?, ?, ?, ?, ?, ?,"
                          + " ?, ?, ?)")) {
                p.setLong(1, noteId);
                p.setLong(2, situationId);
                p.setObject(3, alertId);
                p.setString(4, k);
                p.setString(5, s.user());
                p.setTimestamp(6, Timestamp.valueOf(now));
                p.setString(7, text);
                p.setString(8, instrument);
                p.setObject(9, takenOn);
                p.executeUpdate();
              }
              Map<String, Object> detail = new LinkedHashMap<>();
              detail.put("kind", k);
              detail.put("instrument", instrument);
              detail.put("noteId", noteId);
              DuckDbAuditTrail.append(
                  c, new Agent(s.user(), ip), "situation.note", "situation/" + situationId, detail);
              return noteId;
            });
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", id);
    out.put("situationId", situationId);
    out.put("kind", kind);
    out.put("author", s.user());
    out.put("createdAt", now);
    out.put("text", text);
    out.put("instrument", instrument);
    out.put("takenOn", takenOn);
    out.put("alertId", alertId);
    ctx.status(201).json(out);
  }
}
