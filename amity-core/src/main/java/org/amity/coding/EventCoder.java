package org.amity.coding;

import java.util.ArrayList;
import java.util.List;
import org.amity.coding.dict.ActorCodes;
import org.amity.coding.dict.AgentCode;
import org.amity.coding.dict.Dictionaries;
import org.amity.coding.dict.DiscardList;
import org.amity.coding.dict.PhraseIndex;
import org.amity.coding.nlp.EnglishAnalyzer;
import org.amity.coding.nlp.TaggedSentence;

/**
 * Codes stories into events. Thread-safe: each thread gets its own OpenNLP analyzer; the
 * dictionaries are only read. A sentence holding a discard phrase is not coded; a story holding a
 * story-level discard ({@code +TYPHOON}) is not coded at all. With a {@link SentenceClassifier}
 * ({@link #withClasses}) every sentence also gets its five-way class, events or not.
 */
public final class EventCoder {
  private final Dictionaries dict;
  private final SentenceCoder sentences;
  private final SentenceClassifier classes;
  private final ThreadLocal<EnglishAnalyzer> analyzer;

  public EventCoder(Dictionaries dict) {
    this.dict = dict;
    this.sentences = new SentenceCoder(dict);
    this.classes = null;
    this.analyzer = ThreadLocal.withInitial(EnglishAnalyzer::new);
  }

  private EventCoder(EventCoder base, SentenceClassifier classes) {
    this.dict = base.dict;
    this.sentences = base.sentences;
    this.classes = classes;
    this.analyzer = base.analyzer;
  }

  /**
   * This coder, also giving every sentence its five-way class ({@link
   * CodedSentence#sentenceClass()}). It then tags every sentence, not only those naming two actors,
   * since the class does not need actors.
   */
  public EventCoder withClasses(SentenceClassifier classifier) {
    return new EventCoder(this, classifier);
  }

  /** The classifier that gives sentences their class, or null when this coder gives none. */
  public SentenceClassifier classes() {
    return classes;
  }

  /** This thread's analyzer, for callers that tag text themselves (a supplied parse). */
  public EnglishAnalyzer analyzer() {
    return analyzer.get();
  }

  /** Codes every sentence of a story, from raw text. */
  public List<CodedSentence> code(Story story) {
    EnglishAnalyzer a = analyzer.get();
    List<TaggedSentence> tagged = new ArrayList<>();
    for (String text : a.sentences(story.text())) {
      String[] tokens = a.tokenize(text);
      String[] words = EnglishAnalyzer.words(tokens);
      tagged.add(
          classes != null || mayHoldEvent(words)
              ? a.tag(text, tokens)
              : TaggedSentence.untagged(text, words));
    }
    return code(story, tagged);
  }

  /**
   * Whether a sentence names at least two actors or agents. An event needs a source and a target
   * (or a compound actor, itself two phrases), so a sentence with fewer can hold no event and is
   * not worth tagging, the costliest step. Counting here ignores what tagging could only remove
   * (agents read as modifiers), so no sentence that could hold an event is passed over; with
   * disconnected phrases on, the first word of one counts as a mention, since only the tags can say
   * whether the words after it close the phrase.
   */
  boolean mayHoldEvent(String[] words) {
    int found = 0;
    int i = 0;
    while (i < words.length && found < 2) {
      PhraseIndex.Match<ActorCodes> actor = dict.actors().phrases().longestAt(words, i);
      PhraseIndex.Match<AgentCode> agent = dict.agents().phrases().longestAt(words, i);
      int end = Math.max(actor == null ? i : actor.end(), agent == null ? i : agent.end());
      if (end > i) {
        found++;
        i = end;
      } else {
        if (dict.disconnected()
            && (dict.actors().phrases().startsDisconnected(words[i])
                || dict.agents().phrases().startsDisconnected(words[i]))) {
          found++;
        }
        i++;
      }
    }
    return found >= 2;
  }

  /** Codes sentences already tagged (from raw text or a supplied parse). */
  public List<CodedSentence> code(Story story, List<TaggedSentence> tagged) {
    String storyDiscard = null;
    List<DiscardList.Discard> found = new ArrayList<>(tagged.size());
    for (TaggedSentence s : tagged) {
      DiscardList.Discard d = dict.discards().find(s.words());
      found.add(d);
      if (d != null && d.story() && storyDiscard == null) {
        storyDiscard = d.text();
      }
    }
    List<CodedSentence> out = new ArrayList<>(tagged.size());
    int n = 0;
    for (TaggedSentence s : tagged) {
      DiscardList.Discard d = found.get(n);
      n++;
      String discard = storyDiscard != null ? storyDiscard : d == null ? null : d.text();
      List<CodedEvent> events =
          discard == null && s.tagged() ? sentences.code(s, story.date()) : List.of();
      FiveWay c = classes != null && s.tagged() ? classes.classify(s, events) : null;
      out.add(new CodedSentence(story.id(), n, s.text(), events, discard, c));
    }
    return out;
  }
}
