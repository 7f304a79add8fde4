/**
 * The command line beside a running service. {@code amity serve} writes a {@link
 * org.amity.app.remote.ServiceFile} beside the database (URL of a loopback-only command channel and
 * a random admin token, readable by the same OS user only); a store command started while the
 * service runs finds the file and sends its arguments, the files it names and its standard input to
 * the {@link org.amity.app.remote.CommandChannel}, which runs the same command inside the service
 * on the service's store and sends back what it printed and its exit code.
 */
package org.amity.app.remote;
