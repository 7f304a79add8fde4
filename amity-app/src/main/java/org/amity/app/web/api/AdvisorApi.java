package org.amity.app.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amity.app.web.ApiProblem;
import org.amity.app.web.ResponseAdvisor;
import org.amity.app.web.SituationFacts;
import org.amity.app.web.StoreConnections;
import org.amity.app.web.auth.Role;

/**
 * Response options for a situation and the knowledge base, both from the {@link ResponseAdvisor}
 * the server was given. Without the recommender in the build, both answer 503 and say so.
 */
public final class AdvisorApi {
  private final StoreConnections db;
  private final ResponseAdvisor advisor;

  public AdvisorApi(StoreConnections db, ResponseAdvisor advisor) {
    this.db = db;
    this.advisor = advisor;
  }

  public void addTo(RoutesConfig r) {
    r.get("/api/v1/situations/{id}/recommendations", this::recommendations, Role.VIEWER);
    r.get("/api/v1/knowledge-base", this::knowledgeBase, Role.VIEWER);
  }

  void recommendations(Context ctx) {
    Params.only(ctx, "lens", "label");
    long id = Params.id(ctx, "id");
    String lens = Params.oneOf(ctx, "lens", "broad", "narrow", "broad");
    String label = Params.oneOf(ctx, "label", "pd", "pd", "functional");
    SituationFacts facts =
        db
            .read(
                c ->
                    Rows.query(
                        c,
                        "SELECT id, scope, parties, threat_types AS threatTypes, domain, level, stage,"
                            + " great_power_party AS gp, outside_power_share AS share,"
                            + " humanitarian, themes FROM situations WHERE id = ?",
                        java.util.Set.of("parties", "threatTypes", "themes"),
                        id))
            .stream()
            .findFirst()
            .map(AdvisorApi::facts)
            .orElseThrow(() -> ApiProblem.notFound("no situation " + id));
    ctx.json(unlessAbsent(() -> advisor.recommend(facts, lens, label)));
  }

  void knowledgeBase(Context ctx) {
    Params.only(ctx);
    ctx.json(unlessAbsent(advisor::knowledgeBase));
  }

  private static Object unlessAbsent(java.util.function.Supplier<Object> call) {
    try {
      return call.get();
    } catch (ResponseAdvisor.Unavailable e) {
      throw ApiProblem.unavailable(e.getMessage());
    }
  }

  static SituationFacts facts(Map<String, Object> row) {
    List<String> parties = new ArrayList<>();
    ((JsonNode) row.get("parties")).forEach(p -> parties.add(p.asText()));
    Map<String, Double> types = new LinkedHashMap<>();
    JsonNode t = (JsonNode) row.get("threatTypes");
    t.properties().forEach(e -> types.put(e.getKey(), e.getValue().asDouble()));
    List<String> themes = new ArrayList<>();
    ((JsonNode) row.get("themes")).forEach(p -> themes.add(p.asText()));
    return new SituationFacts(
        ((Number) row.get("id")).longValue(),
        (String) row.get("scope"),
        parties,
        types,
        (String) row.get("domain"),
        (String) row.get("level"),
        (String) row.get("stage"),
        (Boolean) row.get("gp"),
        ((Number) row.get("share")).doubleValue(),
        (Boolean) row.get("humanitarian"),
        themes);
  }
}
