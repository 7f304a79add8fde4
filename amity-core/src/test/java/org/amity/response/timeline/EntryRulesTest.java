package org.amity.response.timeline;

import static org.amity.response.timeline.Entries.draft;
import static org.amity.response.timeline.Entries.proposal;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.amity.response.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

class EntryRulesTest {
  private final EntryRules rules = new EntryRules(KnowledgeBase.standard());

  @Test
  void acceptsAProposalOfAMeasureTheInstrumentOffers() {
    assertThat(rules.problems(proposal(1L, "asean-chair", "good-offices"))).isEmpty();
  }

  @Test
  void rejectsAProposalWithAnInstrumentTheKnowledgeBaseDoesNotKnow() {
    assertThat(rules.problems(proposal(1L, "made-up-council", "good-offices")))
        .anyMatch(p -> p.contains("'made-up-council' is not in the knowledge base"));
  }

  @Test
  void rejectsAProposalOfAMeasureTheInstrumentDoesNotOffer() {
    assertThat(rules.problems(proposal(1L, "asean-chair", "armed-intervention")))
        .anyMatch(p -> p.contains("does not offer measure 'armed-intervention'"));
  }

  @Test
  void rejectsWarningsTypedByHand() {
    assertThat(rules.problems(draft(1L, EntryKind.WARNING, "2014-05-01")))
        .anyMatch(p -> p.contains("written by the watch"));
  }

  @Test
  void rejectsADecisionWithoutItsVerdictAndAnOutcomeOutsideTheVocabulary() {
    assertThat(rules.problems(draft(1L, EntryKind.DECISION, "2014-05-01")))
        .anyMatch(p -> p.contains("adopted, declined or deferred"));
    EntryDraft d = draft(1L, EntryKind.OUTCOME, "2014-05-01");
    EntryDraft bad =
        new EntryDraft(
            1L,
            null,
            null,
            EntryKind.OUTCOME,
            d.date(),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            "better",
            null,
            null,
            null,
            null);
    assertThat(rules.problems(bad))
        .anyMatch(p -> p.contains("de-escalated, unchanged or escalated"));
  }

  @Test
  void rejectsAnActionEndingBeforeItStartsAndAnEntryWithoutSituationOrSubject() {
    EntryDraft d =
        new EntryDraft(
            null,
            null,
            null,
            EntryKind.ACTION,
            LocalDate.parse("2014-05-10"),
            LocalDate.parse("2014-05-01"),
            "patrols",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    assertThat(rules.problems(d))
        .anyMatch(p -> p.contains("is before the date"))
        .anyMatch(p -> p.contains("name the situation"));
  }
}
