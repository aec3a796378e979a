package org.rebalance.cli.options;

import picocli.CommandLine.Option;

/** Options every working command takes. */
public final class CommonOptions {
    @Option(names = "--quiet", description = "No progress bars.")
    public boolean quiet;

    @Option(names = "--debug", description = "Print stack traces of errors.")
    public boolean debug;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads for the network engine (default: all cores).")
    public Integer threads;
}
