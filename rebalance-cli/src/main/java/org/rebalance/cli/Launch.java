package org.rebalance.cli;

import java.io.PrintStream;
import org.rebalance.cli.options.CommonOptions;
import org.rebalance.cli.run.ProgressBarListener;
import org.rebalance.core.util.ProgressListener;
import org.rebalance.nn.engine.Engines;

/** Small shared steps of the commands: starting the engine, choosing the progress display. */
final class Launch {
    private Launch() {
    }

    static void startEngine(CommonOptions common) {
        if (common.threads != null) {
            Engines.pytorch(common.threads);
        } else {
            Engines.pytorch();
        }
    }

    static ProgressListener progress(CommonOptions common, PrintStream err, String prefix) {
        return common.quiet ? ProgressListener.NONE : new ProgressBarListener(err, prefix);
    }
}
