package org.amity.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.amity.event.Event;
import org.amity.ingest.RecordSource;

/**
 * News stories in JSON lines ({@code {"id","date","source","url","text"}}, one story a line), coded
 * into events of dataset {@code text} as they are read. A line that is not a story (bad JSON, no
 * date) is rejected with its line number and reason; a blank line is skipped. A story from which no
 * event can be stored (no sentence names two actors with a known verb pattern, or its only events
 * carry a code outside CAMEO) is rejected too, with that reason, so that every story line is
 * accounted for once: accepted, duplicate, filtered or rejected (see {@link
 * org.amity.ingest.EventSource}); a story's events are counted apart. Lines are read in batches and
 * coded on several threads, and reported in file order.
 */
public final class TextStorySource extends RecordSource {
  static final int BATCH = 64;

  private final BufferedReader reader;
  private final ParallelCoder coder;
  private final EventRecords records;
  private final String classModel;
  private final java.util.Map<String, Long> sentenceClasses = new java.util.TreeMap<>();
  private long sentencesRead;
  private final ArrayDeque<Coded> ready = new ArrayDeque<>();
  private final List<SentenceRow> sentences = new ArrayList<>();
  private long line;
  private long uncodable;
  private final java.util.Map<String, Long> byRoot = new java.util.TreeMap<>();

  /** One line's outcome. */
  private record Coded(
      long line, List<Event> events, String reject, boolean blank, String noEvent) {
    Coded(long line, List<Event> events, String reject, boolean blank) {
      this(line, events, reject, blank, null);
    }
  }

  public TextStorySource(
      Path path,
      String displayName,
      Predicate<Event> filter,
      ParallelCoder coder,
      EventRecords records)
      throws IOException {
    super(path, displayName, EventRecords.DATASET, "TEXT_JSONL", filter);
    this.reader = new BufferedReader(new InputStreamReader(data(), StandardCharsets.UTF_8));
    this.coder = coder;
    this.records = records;
    this.classModel = coder.classes() == null ? null : coder.classes().kind();
  }

  @Override
  protected boolean readRecord(Sink sink) throws IOException {
    if (ready.isEmpty() && !fill()) {
      return false;
    }
    Coded c = ready.poll();
    if (c.blank()) {
      sink.skip(c.line());
    } else if (c.reject() != null) {
      sink.reject(c.line(), c.reject());
    } else if (c.events().isEmpty()) {
      sink.reject(c.line(), c.noEvent());
    } else {
      c.events().forEach(e -> sink.event(c.line(), e));
    }
    return true;
  }

  private boolean fill() throws IOException {
    List<Long> lines = new ArrayList<>();
    List<Story> stories = new ArrayList<>();
    List<Coded> pending = new ArrayList<>();
    String l;
    while (pending.size() < BATCH && (l = reader.readLine()) != null) {
      line++;
      String tooLong = droppedLine(line, line);
      if (tooLong != null) {
        pending.add(new Coded(line, List.of(), tooLong, false));
        continue;
      }
      if (l.isBlank()) {
        pending.add(new Coded(line, List.of(), null, true));
        continue;
      }
      StoryReader.Result r = StoryReader.read(l);
      if (!r.ok()) {
        pending.add(new Coded(line, List.of(), r.reject(), false));
        continue;
      }
      pending.add(null);
      lines.add(line);
      stories.add(r.story());
    }
    if (pending.isEmpty()) {
      return false;
    }
    List<List<CodedSentence>> coded = coder.code(stories);
    int k = 0;
    for (Coded c : pending) {
      if (c != null) {
        ready.add(c);
        continue;
      }
      long before = uncodable;
      List<Event> events = events(stories.get(k), coded.get(k));
      ready.add(
          new Coded(
              lines.get(k),
              events,
              null,
              false,
              events.isEmpty() ? noEvent(coded.get(k), uncodable - before) : null));
      k++;
    }
    return true;
  }

  private List<Event> events(Story story, List<CodedSentence> coded) {
    List<Event> out = new ArrayList<>();
    for (CodedSentence s : coded) {
      sentencesRead++;
      if (s.sentenceClass() != null) {
        sentenceClasses.merge(s.sentenceClass().words(), 1L, Long::sum);
      }
      int k = 0;
      for (CodedEvent e : s.events()) {
        k++;
        EventRecords.Result r = records.toEvent(story, s, k, e);
        if (r.event() == null) {
          uncodable++;
          continue;
        }
        out.add(r.event());
        String code = r.event().code().code();
        byRoot.merge(code.length() >= 2 ? code.substring(0, 2) : code, 1L, Long::sum);
        sentences.add(
            new SentenceRow(
                r.event().nativeId(),
                story.id(),
                s.number(),
                s.text(),
                story.source(),
                story.url(),
                FiveWay.ofCameo(code),
                s.sentenceClass(),
                s.sentenceClass() == null ? null : classModel));
      }
    }
    return out;
  }

  /** Why a story gave no event, in words. */
  private static String noEvent(List<CodedSentence> sentences, long outsideCameo) {
    if (outsideCameo > 0) {
      return "no event stored: the story's "
          + outsideCameo
          + " coded event(s) have a code outside the CAMEO codebook";
    }
    if (sentences.isEmpty()) {
      return "no event coded in the story: it has no sentence";
    }
    return "no event coded in the story: none of its "
        + sentences.size()
        + " sentence(s) has a source actor, a target actor and a known verb pattern";
  }

  /** The sentences behind the events read so far. */
  public synchronized List<SentenceRow> sentences() {
    return List.copyOf(sentences);
  }

  /**
   * The events coded so far (before the region filter and duplicate checks) per CAMEO root ("19"),
   * from which the five-way class is read.
   */
  public synchronized java.util.Map<String, Long> byRoot() {
    return new java.util.TreeMap<>(byRoot);
  }

  /** Sentences read so far, with or without an event. */
  public synchronized long sentencesRead() {
    return sentencesRead;
  }

  /** Sentences read so far per five-way class (words); those without a class are not counted. */
  public synchronized java.util.Map<String, Long> sentenceClasses() {
    return new java.util.TreeMap<>(sentenceClasses);
  }

  /** Events coded with a code outside the CAMEO codebook, so not stored. */
  public synchronized long uncodable() {
    return uncodable;
  }
}
