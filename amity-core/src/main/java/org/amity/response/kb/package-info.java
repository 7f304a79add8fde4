/**
 * The preventive-diplomacy knowledge base: regional instruments, measure types, norms, the eight
 * ARF principles as machine-checkable rules, and situation themes, each fact with a source.
 *
 * <p>The data lives in YAML under {@code org/amity/response/} in Amity's own words; {@link
 * org.amity.response.kb.KnowledgeBaseLoader} validates it (schema, references, sources) before
 * anything may use it. The vocabulary enums here ({@link org.amity.response.kb.ThreatType}, {@link
 * org.amity.response.kb.Stage}...) are shared with situations and the recommender.
 */
package org.amity.response.kb;
