package org.amity.response.track2;

import java.util.List;

/**
 * Where track II meetings are kept. Non-attribution is enforced here, below every face: reads
 * return redacted meetings unless the caller holds {@link Clearance#CONVENOR}, and audit rows hold
 * counts only.
 */
public interface Track2Store {
  /** What a reader may see of the participants. */
  enum Clearance {
    /** Counts and affiliation types only. */
    REDACTED,
    /** Also the names (the track II convenor). */
    CONVENOR
  }

  /** Stores a checked meeting with its participants and recommendations; returns its id. */
  long add(Track2Meeting meeting, String author, String address);

  /**
   * Records a new status of a recommendation (the old ones stay in its history), audited in the
   * same transaction; returns the recommendation as it now stands.
   *
   * @throws IllegalArgumentException for an unknown recommendation or status
   */
  Track2Meeting.Recommendation changeStatus(
      long recommendationId,
      String status,
      java.time.LocalDate date,
      String note,
      String author,
      String address);

  /**
   * Links a recommendation to a stored track I timeline entry (a link made twice is kept once);
   * returns the recommendation as it now stands.
   *
   * @throws IllegalArgumentException for an unknown recommendation or entry
   */
  Track2Meeting.Recommendation link(
      long recommendationId, long entryId, String author, String address);

  /** Every meeting, newest first, as the clearance allows. */
  List<Track2Meeting> meetings(Clearance clearance);
}
