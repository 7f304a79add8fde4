/**
 * The {@code amity} command line (picocli). Commands parse and check their options, call the engine
 * in {@code amity-core}, and print either text for people or, with {@code --json}, one JSON
 * document for scripts. Exit codes: 0 success, 1 the work failed (e.g. a file could not be
 * ingested), 2 bad usage.
 */
package org.amity.app.cli;
