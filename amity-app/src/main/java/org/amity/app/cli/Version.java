package org.amity.app.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest (or says it is a development build). */
final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Version.class.getPackage().getImplementationVersion();
    return new String[] {"amity " + (v == null ? "development build" : v)};
  }
}
