package org.amity.app.service;

/** One unit of a service's recurring work. */
public interface Job {
  /** The name shown in the health report, e.g. {@code landing}. */
  String name();

  /**
   * Does one round of the work.
   *
   * @return a short sentence on what was done, shown as the job's last outcome
   * @throws Exception when the round failed; the runner records it and retries with backoff
   */
  String run() throws Exception;
}
