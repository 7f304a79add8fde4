/**
 * Benchmarks run from the command line ({@code amity bench ...}); figures go to docs/benchmarks.md.
 * Speed is never checked by timed unit tests.
 */
package org.amity.app.bench;
