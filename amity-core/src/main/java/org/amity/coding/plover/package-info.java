/**
 * PLOVER event types for sentences: the dictionary's reading through the CAMEO to PLOVER table,
 * read the way the PLOVER codebook reads CAMEO (appeals are requests, refused cooperation is a
 * rejection, announced force is a threat), and a learned PLOVER-type arbiter trained at run time,
 * scored only by cross-validation on fixed folds.
 */
package org.amity.coding.plover;
