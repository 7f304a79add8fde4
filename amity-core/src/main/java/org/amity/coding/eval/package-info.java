/**
 * Measuring the coder against gold standards: PETRARCH validation records (expected source, target
 * and event code per sentence) and the PLOVER gold records (expected PLOVER event type, reached
 * from CAMEO through the CAMEO-to-PLOVER table).
 */
package org.amity.coding.eval;
