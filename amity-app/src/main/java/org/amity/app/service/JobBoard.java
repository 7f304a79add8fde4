package org.amity.app.service;

import java.util.List;

/** The state of a service's jobs, for the health report and the dashboard. */
@FunctionalInterface
public interface JobBoard {
  /** The board of a server that runs no jobs. */
  JobBoard NONE = List::of;

  /** Every job, in the order they were set up. */
  List<JobStatus> jobs();
}
