package org.amity.response.cases;

import java.util.List;
import org.amity.response.SituationProfile;

/**
 * A documented regional case: the situation as it stood when the response began, the year (only
 * instruments that existed then are available), the instruments actually used, and the source.
 */
public record DocumentedCase(
    String id,
    String title,
    int year,
    SituationProfile situation,
    List<String> used,
    String source,
    String notes,
    String batch) {

  public DocumentedCase {
    used = List.copyOf(used);
  }
}
