package org.amity.signal;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.amity.event.Dataset;

/**
 * A situation's humanitarian signals in words. The flag ({@link Situation#humanitarian}) reads the
 * CAMEO codes of aid and asylum and refugees as a side, which only the news datasets code: UCDP GED
 * and ACLED record fighting, violence and protest, and the piracy files attacks on ships, none of
 * them displacement or aid. A situation whose evidence comes only from such sources could not have
 * been flagged, so "no" would say more than the data knows (audit6 J7: all eleven conflict-area
 * situations of a store with GED and ACLED read "no"): it says that none of its sources records
 * them.
 */
public final class HumanitarianWords {
  private HumanitarianWords() {}

  /**
   * "yes"; "no" when a source that codes aid and displacement stands behind the evidence (or there
   * is no evidence to say otherwise); else "not recorded: none of its sources (ACLED, UCDP GED)
   * records displacement or aid".
   *
   * @param humanitarian the situation's flag
   * @param datasets the stored dataset names of its evidence (duplicates and nulls allowed)
   */
  public static String of(boolean humanitarian, Collection<String> datasets) {
    if (humanitarian) {
      return "yes";
    }
    List<String> known = datasets.stream().filter(Objects::nonNull).distinct().sorted().toList();
    if (known.isEmpty() || known.stream().anyMatch(HumanitarianWords::codesAid)) {
      return "no";
    }
    List<String> labels = known.stream().flatMap(HumanitarianWords::labels).distinct().toList();
    return "not recorded: none of its sources ("
        + String.join(", ", labels)
        + ") records displacement or aid";
  }

  /**
   * A dataset as a reader names it, a dataset of several files by its files ("IMB", "NGA ASAM").
   */
  private static java.util.stream.Stream<String> labels(String id) {
    return Dataset.of(id)
        .map(
            d ->
                d.files().isEmpty()
                    ? java.util.stream.Stream.of(d.label())
                    : d.files().stream().map(Dataset.File::label))
        .orElse(java.util.stream.Stream.of(id));
  }

  /**
   * Whether a dataset can record aid or displacement: the news datasets, coded in CAMEO (its aid
   * codes and refugees as an actor), can; one Amity does not declare is taken to be able to.
   */
  static boolean codesAid(String dataset) {
    Optional<Dataset> d = Dataset.of(dataset);
    return d.isEmpty() || d.get().recording() == Dataset.Recording.REPORTS;
  }
}
