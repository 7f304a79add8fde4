package org.amity.coding.classify;

import org.amity.coding.FiveWay;

/** A sentence with its gold five-way class, from line {@code line} of a labelled file. */
public record LabelledSentence(String text, FiveWay label, int line) {}
