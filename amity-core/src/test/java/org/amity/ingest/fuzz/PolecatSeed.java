package org.amity.ingest.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** POLECAT rows written to the documented layout (no real rows could be had). */
final class PolecatSeed {
  private static final String[] TYPES = {
    "ASSAULT\tfirearms", "PROTEST\tdemo", "CONSULT\tvisit", "COERCE\tarrest", "AID\tNone",
    "THREATEN\tviolence", "AGREE\tNone", "MOBILIZE\ttroops", "RETREAT\tceasefire", "ACCUSE\tNone"
  };
  private static final String[] PLACES = {
    "PHL\tSulu\tPatikul\t6.0667\t121.1", "THA\tYala\tYala\t6.54\t101.28",
    "MMR\tRakhine\tSittwe\t20.15\t92.9", "IDN\tPapua\tJayapura\t-2.53\t140.72"
  };

  private PolecatSeed() {}

  static List<byte[]> lines() {
    List<byte[]> out = new ArrayList<>();
    out.add(
        ("Event ID\tEvent Date\tEvent Type\tEvent Mode\tEvent Intensity\tContexts\tActor Name\t"
                + "Actor Country\tPrimary Actor Sector\tRecipient Name\tRecipient Country\t"
                + "Primary Recipient Sector\tCountry\tProvince\tPlacename\tLatitude\tLongitude\t"
                + "Publication Date\tHeadline")
            .getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < 20; i++) {
      String[] place = PLACES[i % PLACES.length].split("\t");
      String row =
          String.join(
              "\t",
              "pc" + i,
              "2023-03-0" + (1 + i % 7),
              TYPES[i % TYPES.length],
              i % 3 == 0 ? "None" : String.valueOf(-(i % 10)),
              i % 2 == 0 ? "military;terrorism" : "None",
              "Army",
              place[0],
              "Military",
              "Villagers",
              place[0],
              "Civilian",
              place[0],
              place[1],
              place[2],
              place[3],
              place[4],
              "2023-03-08",
              "Headline number " + i);
      out.add(row.getBytes(StandardCharsets.UTF_8));
    }
    return out;
  }
}
