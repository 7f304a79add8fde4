package org.amity.coding.dict;

/**
 * One form of a dictionary verb, as it may appear in a sentence.
 *
 * @param words the form's words ("BROKE", or "BROKE", "DOWN" for a phrasal verb)
 * @param head which word is the verb itself (the others are particles or fixed words)
 * @param base the verb's base form ("BREAK"), for matching a token's lemma
 * @param code the verb's own code, or the block's when it has none; null for no event
 * @param reverse the paired code for target to source ({@code [032:033]}), null if none
 * @param block the verb block whose patterns apply
 */
public record VerbEntry(
    String[] words, int head, String base, String code, String reverse, VerbBlock block) {}
