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

  /** Every meeting, newest first, as the clearance allows. */
  List<Track2Meeting> meetings(Clearance clearance);
}
