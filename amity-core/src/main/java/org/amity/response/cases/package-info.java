/**
 * Documented regional cases since 1990 and their replay through the recommender: how often an
 * instrument actually used is among the top three options. Results and misses: docs/response.md.
 */
package org.amity.response.cases;
