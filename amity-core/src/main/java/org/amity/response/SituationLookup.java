package org.amity.response;

import java.util.Optional;

/**
 * Finds a situation built by the signals feature, by its id. The recommender takes situations
 * through this interface so that it does not depend on how or where situations are stored.
 */
@FunctionalInterface
public interface SituationLookup {
  Optional<SituationProfile> find(String id);
}
