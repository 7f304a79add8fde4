package org.amity.coding;

import java.util.Optional;
import org.amity.event.Actor;
import org.amity.event.CameoCodebook;
import org.amity.event.CameoEntry;
import org.amity.event.CountryTable;
import org.amity.event.Event;
import org.amity.event.Location;

/**
 * Turns coded events into {@link Event} records of dataset {@code text}: the Goldstein value and
 * QuadClass come from the codebook; an actor code is read as a CAMEO country (mapped to ISO3)
 * followed by three-letter role codes. A code the codebook does not know (test dictionaries use
 * codes such as "903") gives no record: {@link #toEvent} says why. The coded sentence is the
 * event's narrative; for an event made from reported speech it is preceded by the event in words
 * ({@link CodedEvent#gloss}), so the evidence says who said what about whom.
 */
public final class EventRecords {
  public static final String DATASET = org.amity.event.Dataset.TEXT.id();

  private final CameoCodebook codebook;
  private final CountryTable countries;

  public EventRecords(CameoCodebook codebook, CountryTable countries) {
    this.codebook = codebook;
    this.countries = countries;
  }

  /** An event, or the reason there is none. */
  public record Result(Event event, String reject) {}

  /**
   * The event record for the {@code k}-th event (from 1) of a sentence; its native id is
   * "story-sentence-k", unique within the dataset as long as story ids are.
   */
  public Result toEvent(Story story, CodedSentence sentence, int k, CodedEvent e) {
    Optional<CameoEntry> entry = codebook.find(e.code());
    if (entry.isEmpty()) {
      return new Result(null, "code " + e.code() + " is not in the CAMEO codebook");
    }
    CameoEntry c = entry.get();
    Event ev =
        new Event(
            DATASET,
            nativeId(story.id(), sentence.number(), k),
            story.date(),
            null,
            actor(e.source(), e.sourceText()),
            actor(e.target(), e.targetText()),
            c.code(),
            sentence.number() == 1,
            c.quadClass(),
            c.goldstein(),
            1,
            1,
            1,
            Double.NaN,
            Location.UNKNOWN,
            story.url(),
            null,
            e.reported() == null ? sentence.text() : e.gloss(c.label()) + ". " + sentence.text());
    return new Result(ev, null);
  }

  public static String nativeId(String storyId, int sentence, int k) {
    return storyId + "-" + sentence + "-" + k;
  }

  /** "PHLGOV" is the Philippines (ISO3 PHL) with role GOV; "---MIL" a military of no country. */
  Actor actor(String code, String name) {
    return Actor.ofCameoCode(code, name, countries);
  }
}
