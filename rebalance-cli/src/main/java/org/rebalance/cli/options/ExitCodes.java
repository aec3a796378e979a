package org.rebalance.cli.options;

/** Exit codes of the rebalance command, one per kind of failure. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    public static final int BAD_DATA = 3;
    public static final int BAD_CONFIG = 4;
    public static final int DIVERGED = 5;

    private ExitCodes() {
    }
}
