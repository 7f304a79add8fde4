/**
 * Track II meetings under non-attribution: what was found and recommended is kept and shown, who
 * said it never is. The store hands out participant names only to a caller holding {@link
 * org.amity.response.track2.Track2Store.Clearance#CONVENOR}; every other read, and every audit row,
 * carries counts and affiliation types only.
 */
package org.amity.response.track2;
