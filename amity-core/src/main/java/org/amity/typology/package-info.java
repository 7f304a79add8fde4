/**
 * What kind of security challenge an event, alert or situation is: inter-state (states facing each
 * other), intra-state (a state and non-state actors of one country, or the state against itself),
 * trans-state (criminals at sea, transnational armed groups, refugees and migrants, disasters and
 * epidemics). Decided event by event from actor roles and countries, event codes and place; an
 * alert's types are the shares of its evidence behind each.
 */
package org.amity.typology;
