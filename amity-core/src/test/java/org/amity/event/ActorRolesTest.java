package org.amity.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActorRolesTest {
  private final ActorRoles roles = ActorRoles.standard();

  private List<String> of(String name) {
    return roles.rolesOf(name);
  }

  @Test
  void readsStateRolesFromIcewsSectorNames() {
    assertThat(of("Police (Philippines)")).containsExactly("COP");
    assertThat(of("Military Personnel - Special (Thailand)")).containsExactly("MIL");
    assertThat(of("Armed Forces of the Philippines")).containsExactly("MIL");
    assertThat(of("Coast Guard (Vietnam)")).containsExactly("MIL");
    assertThat(of("Naval (Philippines)")).containsExactly("MIL");
    assertThat(of("Head of Government (Thailand)")).containsExactly("GOV");
    assertThat(of("Court Judge (Malaysia)")).containsExactly("JUD");
    assertThat(of("Member of Parliament (Thailand)")).containsExactly("LEG");
    assertThat(of("Secret Agent (Philippines)")).containsExactly("SPY");
  }

  @Test
  void readsNonStateRolesFromNames() {
    assertThat(of("Citizen (Malaysia)")).containsExactly("CVL");
    assertThat(of("Villager (Myanmar)")).containsExactly("CVL");
    assertThat(of("Protester (Thailand)")).containsExactly("OPP");
    assertThat(of("Criminal (Philippines)")).containsExactly("CRM");
    assertThat(of("Armed Gang (Thailand)")).containsExactly("CRM");
    assertThat(of("Refugee (Myanmar)")).containsExactly("REF");
    assertThat(of("Insurgent (Thailand)")).containsExactly("INS");
    assertThat(of("Abu Sayyaf")).containsExactly("INS");
    assertThat(of("New People's Army")).containsExactly("REB", "INS");
    assertThat(of("Moro Islamic Liberation Front")).containsExactly("REB", "SEP");
    assertThat(of("PIRATES")).containsExactly("CRM");
  }

  @Test
  void matchesWholeWordsAndPluralsOnly() {
    assertThat(of("Women (Indonesia)")).containsExactly("CVL");
    assertThat(of("Men (Indonesia)")).containsExactly("CVL");
    assertThat(of("Rebels")).containsExactly("REB");
    assertThat(of("Ministries (Vietnam)")).containsExactly("GOV");
    assertThat(of("Policeman")).containsExactly("COP");
    assertThat(of("Copernicus Foundation")).isEmpty();
  }

  @Test
  void letsTheLongestPhraseWinAndKeepsRolesInNameOrder() {
    assertThat(of("Defense / Security Ministry (Malaysia)")).containsExactly("GOV", "MIL");
    assertThat(of("Attorney General (Philippines)")).containsExactly("JUD");
    assertThat(of("Member of Legislative (Govt) (Singapore)")).containsExactly("LEG", "GOV");
    assertThat(of("Militant (Abu Sayyaf)")).containsExactly("INS");
    assertThat(of("Farm Worker (Thailand)")).containsExactly("CVL", "AGR");
  }

  @Test
  void takesABareCountryNameForTheStateAndGivesPersonsNoRole() {
    assertThat(of("Thailand")).containsExactly("GOV");
    assertThat(of("Russian Federation")).containsExactly("GOV");
    assertThat(of("Prayuth Chan-ocha")).isEmpty();
    assertThat(of("Unspecified Actor")).isEmpty();
    assertThat(of(null)).isEmpty();
    assertThat(of("  ")).isEmpty();
  }
}
