package org.amity.response.kb;

/** When an emerging norm eases the strain on entrenched ones. */
public enum EaseCondition implements Term {
  /** The situation has humanitarian signals and the measure is humanitarian. */
  HUMANITARIAN_NEED,
  /** The measure shares information or warns early. */
  EARLY_WARNING,
  /** The measure resolves conflict and the instrument is led from within the region. */
  CONFLICT_RESOLUTION,
  /** A coup or mass protest, and the measure is diplomatic. */
  GOVERNANCE_CRISIS
}
