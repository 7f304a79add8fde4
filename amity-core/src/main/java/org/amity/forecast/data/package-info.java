/** Reading the shared research files (CSV) that forecasting targets are built from. */
package org.amity.forecast.data;
