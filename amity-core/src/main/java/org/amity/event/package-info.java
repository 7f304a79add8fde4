/**
 * The event model: who did what to whom, where and when, as coded by CAMEO.
 *
 * <p>Every source (GDELT, ICEWS, piracy reports, Amity's own text coder) is turned into {@link
 * org.amity.event.Event} records. Reference tables ({@link org.amity.event.CameoCodebook}, {@link
 * org.amity.event.CountryTable}) are project resources loaded once and shared.
 */
package org.amity.event;
