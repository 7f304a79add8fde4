package org.amity.response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.amity.response.kb.KnowledgeBase;

/** Situations for tests, written as the JSON of {@code amity recommend --input}. */
final class Situations {
  static final KnowledgeBase KB = KnowledgeBase.standard();
  static final MeasureRecommender RECOMMENDER = new MeasureRecommender(KB);

  private Situations() {}

  static SituationProfile of(String json) {
    try {
      return new SituationReader(KB).read(new ObjectMapper().readTree(json));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  static Recommendation recommend(String json) {
    return RECOMMENDER.recommend(of(json), Lens.BROAD, Label.PD);
  }

  static final String SCS =
      "{\"parties\":[\"CHN\",\"VNM\"],\"threatTypes\":[\"inter-state\"],\"domain\":\"maritime\","
          + "\"level\":\"alert\",\"stage\":\"crisis\",\"greatPowerParty\":true,"
          + "\"outsidePowerShare\":0.3,\"humanitarian\":false,\"themes\":[\"territory\",\"energy\"]}";

  static final String COUP =
      "{\"parties\":[\"MMR\"],\"threatTypes\":[\"intra-state\"],\"domain\":\"land\","
          + "\"level\":\"alert\",\"stage\":\"crisis\",\"outsidePowerShare\":0.2,"
          + "\"humanitarian\":true,\"themes\":[\"coup\",\"protest\"]}";

  static final String INSURGENCY =
      "{\"parties\":[\"THA\"],\"threatTypes\":[\"intra-state\"],\"domain\":\"land\","
          + "\"level\":\"warning\",\"stage\":\"emerging\",\"themes\":[\"insurgency\"]}";

  static String piracy(String parties) {
    return "{\"parties\":"
        + parties
        + ",\"threatTypes\":[\"trans-state\"],\"domain\":\"maritime\","
        + "\"level\":\"warning\",\"stage\":\"emerging\",\"themes\":[\"piracy\",\"kidnapping\"]}";
  }

  static String seaStandoff(String forces) {
    return "{\"parties\":[\"PHL\",\"CHN\"],\"threatTypes\":[\"inter-state\"],\"domain\":\"maritime\","
        + "\"level\":\"warning\",\"stage\":\"emerging\",\"themes\":[\"territory\",\"fisheries\"]"
        + (forces == null ? "" : ",\"forces\":" + forces)
        + "}";
  }
}
