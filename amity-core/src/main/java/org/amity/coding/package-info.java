/**
 * The event coder: news text in, CAMEO events ("who did what to whom") out, in the manner of the
 * TABARI and PETRARCH coders but from raw text, without a full syntactic parser.
 *
 * <p>Data flow: a {@link org.amity.coding.Story} is cut into sentences and tagged by {@link
 * org.amity.coding.nlp.EnglishAnalyzer} (OpenNLP: sentences, tokens, part-of-speech tags, lemmas);
 * {@link org.amity.coding.ActorFinder} marks actor and agent phrases from the dictionaries and
 * groups them into compound actors; {@link org.amity.coding.SentenceCoder} finds the verbs of the
 * verb dictionary, splits the sentence into clauses, matches each verb's patterns ({@link
 * org.amity.coding.PatternMatcher}) and resolves source and target, passive voice included; {@link
 * org.amity.coding.EventCoder} applies the discard list and turns what it codes into {@link
 * org.amity.event.Event} records with the codebook's Goldstein value and QuadClass.
 */
package org.amity.coding;
