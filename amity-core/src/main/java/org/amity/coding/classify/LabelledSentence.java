package org.amity.coding.classify;

/** A sentence with its gold five-way class, from line {@code line} of a labelled file. */
public record LabelledSentence(String text, FiveWay label, int line) {}
