package org.amity.flink;

/** The job's entry point (work in progress: the pipeline lands in the next commit). */
public final class AmityFlinkJob {
  private AmityFlinkJob() {}

  public static void main(String[] args) {
    try {
      JobOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(JobOptions.USAGE);
      System.exit(2);
    }
    System.err.println("the pipeline is not built yet");
    System.exit(1);
  }
}
