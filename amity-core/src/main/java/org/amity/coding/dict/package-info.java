/**
 * Readers for the TABARI/PETRARCH flat-text dictionaries: verb patterns (PETRARCH 1 and 2 syntax),
 * actors (with date-bounded codes), agents, discards and issues. Each file is recognised by its
 * content ({@link org.amity.coding.dict.DictionaryKind}), so a user can point Amity at a folder of
 * dictionaries.
 */
package org.amity.coding.dict;
