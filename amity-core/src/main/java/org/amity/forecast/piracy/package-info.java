/**
 * Maritime incident counts per sea area and month (Malacca and Singapore Straits, Sulu and Celebes
 * Seas, South China Sea) from the IMB-based and NGA ASAM piracy files, as a count forecasting
 * target.
 */
package org.amity.forecast.piracy;
