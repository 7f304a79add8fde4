package org.amity.coding.dict;

import java.time.LocalDate;
import java.util.List;

/**
 * The codes of one actor record: a default and date-bounded alternatives (a leader is a government
 * actor only while in office). Restrictions are tried in file order and the first that holds on the
 * story date wins; the default applies when none holds. An empty list is the null actor ({@code
 * [---]}): the phrase is recognised but stands for nobody the coder should code.
 *
 * @param defaults codes when no restriction holds (several for a collective such as THE SHIRE)
 * @param restrictions date-bounded codes, in file order
 */
public record ActorCodes(List<String> defaults, List<Restriction> restrictions) {

  /** Codes valid from {@code from} to {@code to} inclusive; null bounds are open. */
  public record Restriction(List<String> codes, LocalDate from, LocalDate to) {

    /** Whether these codes hold on {@code d}. */
    public boolean holds(LocalDate d) {
      return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
    }
  }

  public ActorCodes {
    defaults = List.copyOf(defaults);
    restrictions = List.copyOf(restrictions);
  }

  /** The codes on {@code date} (or the defaults when the date is unknown). */
  public List<String> on(LocalDate date) {
    if (date != null) {
      for (Restriction r : restrictions) {
        if (r.holds(date)) {
          return r.codes();
        }
      }
    }
    return defaults;
  }
}
