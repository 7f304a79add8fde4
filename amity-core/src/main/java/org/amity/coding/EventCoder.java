package org.amity.coding;

import java.util.ArrayList;
import java.util.List;
import org.amity.coding.dict.Dictionaries;
import org.amity.coding.dict.DiscardList;
import org.amity.coding.nlp.EnglishAnalyzer;
import org.amity.coding.nlp.TaggedSentence;

/**
 * Codes stories into events. Thread-safe: each thread gets its own OpenNLP analyzer; the
 * dictionaries are only read. A sentence holding a discard phrase is not coded; a story holding a
 * story-level discard ({@code +TYPHOON}) is not coded at all.
 */
public final class EventCoder {
  private final Dictionaries dict;
  private final SentenceCoder sentences;
  private final ThreadLocal<EnglishAnalyzer> analyzer =
      ThreadLocal.withInitial(EnglishAnalyzer::new);

  public EventCoder(Dictionaries dict) {
    this.dict = dict;
    this.sentences = new SentenceCoder(dict);
  }

  public Dictionaries dictionaries() {
    return dict;
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
      tagged.add(a.analyze(text));
    }
    return code(story, tagged);
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
      List<CodedEvent> events = discard == null ? sentences.code(s, story.date()) : List.of();
      out.add(new CodedSentence(story.id(), n, s.text(), events, discard));
    }
    return out;
  }
}
