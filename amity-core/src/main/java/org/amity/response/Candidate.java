package org.amity.response;

import org.amity.response.kb.Instrument;
import org.amity.response.kb.MeasureType;
import org.amity.response.kb.Offer;
import org.amity.response.kb.Readiness;

/** An instrument's offer of a measure, before it is checked and scored. */
record Candidate(Instrument instrument, Offer offer, MeasureType measure, Readiness readiness) {
  Ref instrumentRef() {
    return new Ref(instrument.id(), instrument.name());
  }
}
