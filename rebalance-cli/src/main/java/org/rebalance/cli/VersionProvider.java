package org.rebalance.cli;

import picocli.CommandLine.IVersionProvider;

/** Prints the app version from the jar manifest ("dev" when run from classes). */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"rebalance " + (v == null ? "dev" : v)};
    }
}
