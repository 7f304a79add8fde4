package org.amity.coding.dict;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Regular English verb forms, made as the PETRARCH dictionaries expect them to be made. */
final class VerbForms {
  private VerbForms() {}

  /** The base, -S, -ED and -ING forms (with a doubled final consonant as an extra variant). */
  static List<String> regular(String base) {
    Set<String> out = new LinkedHashSet<>();
    out.add(base);
    int n = base.length();
    if (n < 2) {
      return List.copyOf(out);
    }
    char last = base.charAt(n - 1);
    boolean consonantY = last == 'Y' && !Words.isVowel(base.charAt(n - 2));
    out.add(Words.plural(base));
    if (last == 'E') {
      out.add(base + "D");
      out.add(base.substring(0, n - 1) + "ING");
    } else if (consonantY) {
      out.add(base.substring(0, n - 1) + "IED");
      out.add(base + "ING");
    } else {
      out.add(base + "ED");
      out.add(base + "ING");
      if (n >= 3
          && !Words.isVowel(last)
          && "WXY".indexOf(last) < 0
          && Words.isVowel(base.charAt(n - 2))
          && !Words.isVowel(base.charAt(n - 3))) {
        out.add(base + last + "ED");
        out.add(base + last + "ING");
      }
    }
    return List.copyOf(out);
  }
}
