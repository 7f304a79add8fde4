package org.amity.response;

import java.util.List;

/**
 * A documented case in which an option's instrument was actually used, cited beside the option so
 * the reader sees where it worked before and how far that case resembles the one at hand.
 *
 * @param caseId the case's id in the knowledge base's cases
 * @param title what happened, in words
 * @param year the year the response began
 * @param alike how the case resembles the situation, in words ("same threat type: inter-state");
 *     empty when the only link is the instrument
 * @param similarity from 0 (only the instrument in common) to 1 (threat types, domain, themes and
 *     parties all alike), for ordering
 * @param source the source's id, title and address, so the citation can be checked
 */
public record Precedent(
    String caseId,
    String title,
    int year,
    List<String> alike,
    double similarity,
    String source,
    String sourceTitle,
    String sourceUrl) {

  public Precedent {
    alike = List.copyOf(alike);
  }
}
