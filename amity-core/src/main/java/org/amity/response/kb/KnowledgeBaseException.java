package org.amity.response.kb;

import java.util.List;

/** The knowledge base failed validation; nothing may use it. */
public final class KnowledgeBaseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<KbProblem> problems;

  public KnowledgeBaseException(List<KbProblem> problems) {
    super(
        "knowledge base is invalid: "
            + problems.size()
            + " problem(s), first: "
            + (problems.isEmpty() ? "none" : problems.get(0)));
    this.problems = List.copyOf(problems);
  }

  public List<KbProblem> problems() {
    return problems;
  }
}
