package org.amity.app.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.amity.app.web.ApiProblem;
import org.amity.app.web.ResponseAdvisor;
import org.amity.app.web.auth.Role;
import org.amity.signal.SignalReader;
import org.amity.signal.Situation;

/**
 * Response options for a situation and the knowledge base, both from the {@link ResponseAdvisor}
 * the server was given. Without the recommender in the build, both answer 503 and say so.
 */
public final class AdvisorApi {
  private final SignalReader signals;
  private final ResponseAdvisor advisor;

  public AdvisorApi(SignalReader signals, ResponseAdvisor advisor) {
    this.signals = signals;
    this.advisor = advisor;
  }

  public void addTo(RoutesConfig r) {
    r.get("/api/v1/situations/{id}/recommendations", this::recommendations, Role.VIEWER);
    r.get("/api/v1/knowledge-base", this::knowledgeBase, Role.VIEWER);
    r.get("/api/v1/knowledge-base/instruments/{id}", this::instrument, Role.VIEWER);
  }

  void recommendations(Context ctx) {
    Params.only(ctx, "lens", "label");
    long id = Params.id(ctx, "id");
    String lens = Params.oneOf(ctx, "lens", "broad", "narrow", "broad");
    String label = Params.oneOf(ctx, "label", "pd", "pd", "functional");
    Situation situation =
        signals.situation(id).orElseThrow(() -> ApiProblem.notFound("no situation " + id));
    ctx.json(unlessAbsent(() -> advisor.recommend(situation, signals, lens, label)));
  }

  void knowledgeBase(Context ctx) {
    Params.only(ctx);
    ctx.json(unlessAbsent(advisor::knowledgeBase));
  }

  /** One instrument in full; 404 when the knowledge base has none by that id. */
  void instrument(Context ctx) {
    Params.only(ctx);
    String id = ctx.pathParam("id");
    Object found =
        unlessAbsent(
            () ->
                advisor
                    .instrument(id)
                    .orElseThrow(
                        () ->
                            ApiProblem.notFound(
                                "no instrument '" + id + "' in the knowledge base")));
    ctx.json(found);
  }

  private static Object unlessAbsent(java.util.function.Supplier<Object> call) {
    try {
      return call.get();
    } catch (ResponseAdvisor.Unavailable e) {
      throw ApiProblem.unavailable(e.getMessage());
    }
  }
}
