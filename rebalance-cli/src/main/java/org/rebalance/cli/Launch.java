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

    /**
     * Starts the engine for graph networks: one thread unless --threads says otherwise. Their
     * products are small (a batch of 64 molecules is ~1,100 atoms by 64 features), and a second
     * thread costs more in hand-over than it saves (bench-gcn: about 17,000 molecules/s on one
     * thread, 9,000 on two; docs/benchmarks.md).
     */
    static void startEngineForGraphs(CommonOptions common) {
        Engines.pytorch(common.threads != null ? common.threads : 1);
    }

    static ProgressListener progress(CommonOptions common, PrintStream err, String prefix) {
        return common.quiet ? ProgressListener.NONE : new ProgressBarListener(err, prefix);
    }

    /** "rows 2 (\"C=N/#N\"), 3 (...), ..." for at most five rows, then the count of the rest. */
    static String invalidRows(java.util.List<org.rebalance.chem.io.InvalidSmiles> invalid) {
        StringBuilder s = new StringBuilder("row");
        s.append(invalid.size() == 1 ? " " : "s ");
        int shown = Math.min(5, invalid.size());
        for (int i = 0; i < shown; i++) {
            org.rebalance.chem.io.InvalidSmiles bad = invalid.get(i);
            s.append(i == 0 ? "" : ", ").append(bad.row()).append(" (\"").append(bad.smiles()).append("\")");
        }
        if (invalid.size() > shown) {
            s.append(" and ").append(invalid.size() - shown).append(" more");
        }
        return s.toString();
    }
}
