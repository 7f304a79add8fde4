/**
 * Maritime incident reports (piracy, armed robbery, kidnapping at sea) read as events at sea.
 *
 * <p>Two layouts, told apart by their header ({@link org.amity.ingest.maritime.PiracyFiles}): the
 * IMB-based "Crime at Sea" file and the NGA ASAM file. Each incident becomes one event of dataset
 * {@code piracy}: the attackers as source actor (criminals unless named otherwise), the vessel as
 * target, the position with the nearest coastal state and the sea area it falls in, the kind of
 * attack as subtype (one vocabulary for both sources, {@link org.amity.ingest.maritime.AttackType})
 * and the report text as narrative. The two sources overlap: an incident can be in both, under
 * different native ids.
 */
package org.amity.ingest.maritime;
