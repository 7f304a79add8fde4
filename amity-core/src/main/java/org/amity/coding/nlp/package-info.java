/**
 * English text analysis with Apache OpenNLP's models from Maven Central: sentences, tokens,
 * Universal Dependencies part-of-speech tags and lemmas. A supplied Penn Treebank parse can stand
 * in for the tagger ({@link org.amity.coding.nlp.TreebankParse}).
 */
package org.amity.coding.nlp;
