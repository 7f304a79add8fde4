/**
 * The response recommender: for a situation, the regional instruments and measures that could act
 * on it, ranked by a score that decomposes into named factors, checked against the eight ARF
 * principles of preventive diplomacy, with who must consent and why.
 *
 * <p>{@link org.amity.response.MeasureRecommender} is a pure function of a {@link
 * org.amity.response.SituationProfile}, a {@link org.amity.response.Lens}, a {@link
 * org.amity.response.Label} and the {@link org.amity.response.kb.KnowledgeBase}; it returns records
 * and knows nothing of JSON or storage. Situations come as JSON ({@link
 * org.amity.response.SituationReader}) or from the signals feature through {@link
 * org.amity.response.SituationLookup}. The method and its results are in docs/response.md.
 */
package org.amity.response;
