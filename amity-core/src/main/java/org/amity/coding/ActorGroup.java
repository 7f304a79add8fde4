package org.amity.coding;

import java.util.List;

/**
 * An actor as the coder sees it: one noun phrase, or several joined by "and" or commas (a compound
 * actor), with the full code of each member ("PHLGOV", "---MIL" for an agent of unknown country).
 *
 * @param start first token
 * @param end token after the last
 * @param codes one code per member, in the order written
 * @param text the words as written
 */
public record ActorGroup(int start, int end, List<String> codes, String text) {
  public ActorGroup {
    codes = List.copyOf(codes);
  }

  public boolean compound() {
    return codes.size() > 1;
  }
}
