package org.amity.response.kb;

import java.util.List;
import java.util.Set;

/**
 * A kind of action an instrument can take (good offices, coordinated patrols, sanctions...).
 *
 * @param functionalName the name used when options are phrased as functional cooperation
 * @param intrusiveness 0 (touches nothing internal) to 1 (acts inside a state's territory or
 *     politics)
 * @param publicity 0 quiet to 1 public
 * @param territorial it takes place on a state's territory or in its waters
 * @param humanitarian it serves people in need (assessment, relief)
 * @param stages the crisis stages it suits
 * @param threatTypes the kinds of challenge it applies to
 */
public record MeasureType(
    String id,
    String name,
    String functionalName,
    Set<PdFunction> functions,
    View view,
    Scope scope,
    Mode mode,
    boolean coercive,
    boolean armed,
    boolean territorial,
    boolean binding,
    boolean humanitarian,
    double intrusiveness,
    double publicity,
    Set<Stage> stages,
    Set<ThreatType> threatTypes,
    MeasureConsent consent,
    String description,
    List<String> sources) {

  public MeasureType {
    functions = Set.copyOf(functions);
    stages = Set.copyOf(stages);
    threatTypes = Set.copyOf(threatTypes);
    sources = List.copyOf(sources);
  }
}
