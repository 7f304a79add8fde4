/**
 * Whole jobs that string the features together (ingest a list of files, later watch and demo),
 * reading top to bottom as the list of their stages.
 */
package org.amity.pipeline;
