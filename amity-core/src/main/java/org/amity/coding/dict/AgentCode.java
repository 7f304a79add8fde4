package org.amity.coding.dict;

/**
 * An agent's role code and where it goes: after the actor's code ({@code [~GOV]}, so PHL becomes
 * PHLGOV) or before it ({@code [NGO~]}, so ARN becomes NGOARN).
 */
public record AgentCode(String code, boolean prefix) {

  /** Joins this agent to an actor code (which may be "---" for an unknown country). */
  public String applyTo(String actor) {
    if (actor.endsWith(code) && !prefix) {
      return actor;
    }
    return prefix ? code + actor : actor + code;
  }
}
