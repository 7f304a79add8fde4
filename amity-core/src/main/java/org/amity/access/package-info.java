/**
 * Who may use the dashboard and the API, and what happened when they did: accounts with roles,
 * sessions, the audit trail, sign-in attempts with their limits, and the password policy. The
 * interfaces return records; {@code org.amity.store.duckdb} implements them. Every change of an
 * account is written with its audit record in one transaction.
 */
package org.amity.access;
