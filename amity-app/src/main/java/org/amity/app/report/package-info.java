/**
 * Reports for people outside the dashboard: a situation report (chart, evidence in words, typology,
 * great-power involvement, principle-checked options, response timeline and gap) and a month's
 * regional watch list, as HTML or PDF from one jte template each. Read only through the store's
 * interfaces and the services the CLI and API use; track II participants are never named.
 */
package org.amity.app.report;
