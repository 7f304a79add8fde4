/**
 * The five-way event class of a sentence (statement, verbal and material cooperation, verbal and
 * material conflict, the grouping ConfliBERT's CAMEO set uses), from the dictionary coder and a
 * learned linear model that arbitrates between the dictionary's reading and the sentence's words
 * and fills in where the dictionaries build no event.
 */
package org.amity.coding.classify;
