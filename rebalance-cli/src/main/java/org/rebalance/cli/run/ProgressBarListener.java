package org.rebalance.cli.run;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.rebalance.core.util.ProgressListener;

/** Shows a {@link ProgressListener}'s work as a text progress bar on standard error. */
public final class ProgressBarListener implements ProgressListener {
    private final PrintStream out;
    private final String prefix;
    private ProgressBar bar;

    public ProgressBarListener(PrintStream out, String prefix) {
        this.out = out;
        this.prefix = prefix;
    }

    @Override
    public void start(String task, long total) {
        finish();
        bar = new ProgressBarBuilder()
                .setTaskName(prefix.isEmpty() ? task : prefix + " " + task)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(out, 120))
                .build();
    }

    @Override
    public void step(long done, String message) {
        if (bar != null) {
            bar.stepTo(done);
            bar.setExtraMessage(" " + message);
        }
    }

    @Override
    public void finish() {
        if (bar != null) {
            if (bar.getCurrent() < bar.getMax()) {
                bar.maxHint(bar.getCurrent()); // stopped early: show the bar as complete
            }
            bar.close();
            bar = null;
        }
    }
}
