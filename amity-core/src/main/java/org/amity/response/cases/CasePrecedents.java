package org.amity.response.cases;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.amity.response.Precedent;
import org.amity.response.PrecedentSource;
import org.amity.response.SituationProfile;
import org.amity.response.kb.KnowledgeBase;
import org.amity.response.kb.Source;
import org.amity.response.kb.Term;

/**
 * Precedents from the documented cases: for an instrument, the cases that used it, ordered by how
 * closely each case's situation resembles the one at hand. Resemblance counts a shared threat type
 * (0.3), the same domain (0.2), the share of themes in common (0.3) and the share of parties in
 * common (0.2); ties go to the more recent case. At most {@link #LIMIT} are cited per option. A
 * situation advised as of a past year cites only cases from that year or before.
 *
 * <p>A case is cited only when it is close ({@link #close}): it shares a threat type with the
 * situation and at least one theme or one party. A case that shares only the domain ("land") or
 * only a theme across threat types resembles the situation in too little to guide anyone (audit6
 * J7b: a bird-flu outbreak of 2005 cited for the siege of Marawi), and the option then says that
 * its instrument has documented uses but no close precedent ({@link #uses}).
 */
public final class CasePrecedents implements PrecedentSource {
  /** Precedents cited per option. */
  public static final int LIMIT = 2;

  private final List<DocumentedCase> cases;
  private final KnowledgeBase kb;

  public CasePrecedents(List<DocumentedCase> cases, KnowledgeBase kb) {
    this.cases = List.copyOf(cases);
    this.kb = kb;
  }

  /** The cases shipped with Amity, checked against {@code kb}. */
  public static CasePrecedents standard(KnowledgeBase kb) {
    return new CasePrecedents(CaseSet.standard(kb), kb);
  }

  @Override
  public List<Precedent> nearest(String instrumentId, SituationProfile s) {
    return nearest(instrumentId, s, Integer.MAX_VALUE);
  }

  /** Only cases whose response began in {@code year} or before, dropped before the limit. */
  @Override
  public List<Precedent> nearest(String instrumentId, SituationProfile s, int year) {
    List<Precedent> out = new ArrayList<>();
    for (DocumentedCase c : cases) {
      if (c.used().contains(instrumentId) && c.year() <= year && close(c.situation(), s)) {
        out.add(precedent(c, s));
      }
    }
    out.sort(
        Comparator.comparingDouble(Precedent::similarity)
            .reversed()
            .thenComparing(Comparator.comparingInt(Precedent::year).reversed())
            .thenComparing(Precedent::caseId));
    return List.copyOf(out.subList(0, Math.min(LIMIT, out.size())));
  }

  @Override
  public int uses(String instrumentId, int year) {
    return (int)
        cases.stream().filter(c -> c.used().contains(instrumentId) && c.year() <= year).count();
  }

  /**
   * Whether a case's situation {@code then} is close enough to {@code s} to be cited: a threat type
   * in common, and at least one theme or one party in common.
   */
  public static boolean close(SituationProfile then, SituationProfile s) {
    Set<String> threats = ids(then.threatTypes());
    threats.retainAll(ids(s.threatTypes()));
    return !threats.isEmpty()
        && (!common(then.themes(), s.themes()).isEmpty()
            || !common(then.parties(), s.parties()).isEmpty());
  }

  private Precedent precedent(DocumentedCase c, SituationProfile s) {
    SituationProfile then = c.situation();
    List<String> alike = new ArrayList<>();
    double score = 0;
    Set<String> threats = ids(then.threatTypes());
    threats.retainAll(ids(s.threatTypes()));
    if (!threats.isEmpty()) {
      score += 0.3;
      alike.add("same threat type: " + String.join(", ", sorted(threats)));
    }
    if (s.domainKnown() && then.domain() == s.domain()) {
      score += 0.2;
      alike.add("same domain: " + then.domain().id());
    }
    Set<String> themes = common(then.themes(), s.themes());
    if (!themes.isEmpty()) {
      score += 0.3 * jaccard(then.themes(), s.themes());
      alike.add("shared themes: " + String.join(", ", sorted(themes)));
    }
    Set<String> parties = common(then.parties(), s.parties());
    if (!parties.isEmpty()) {
      score += 0.2 * jaccard(then.parties(), s.parties());
      alike.add("shared parties: " + String.join(", ", sorted(parties)));
    }
    Source src = kb.findSource(c.source()).orElse(null);
    return new Precedent(
        c.id(),
        c.title(),
        c.year(),
        alike,
        Math.round(score * 1000) / 1000.0,
        c.source(),
        src == null ? "" : src.title(),
        src == null ? "" : src.url());
  }

  private static Set<String> ids(Set<? extends Term> terms) {
    Set<String> out = new HashSet<>();
    terms.forEach(t -> out.add(t.id()));
    return out;
  }

  private static Set<String> common(List<String> a, List<String> b) {
    Set<String> out = new HashSet<>(a);
    out.retainAll(new HashSet<>(b));
    return out;
  }

  private static double jaccard(List<String> a, List<String> b) {
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    return union.isEmpty() ? 0 : (double) common(a, b).size() / union.size();
  }

  private static List<String> sorted(Set<String> s) {
    return s.stream().sorted().toList();
  }
}
