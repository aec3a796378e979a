package org.rebalance.cli.report;

import java.util.Locale;
import org.rebalance.cli.run.RunResult;
import org.rebalance.core.data.ClassNames;
import org.rebalance.core.data.Part;

/** The text a finished run prints: data, strategy, class counts, the paper-style table, selection. */
public final class RunSummary {
    private RunSummary() {
    }

    public static String of(RunResult<?> r) {
        ClassNames classes = r.data().classes();
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "data: %s (%d rows), classes %s%n", r.data().origin().file(),
                r.data().origin().rows(), classes.names()));
        s.append(String.format(Locale.ROOT, "split: train %d, valid %d, test %d%n",
                r.data().part(Part.TRAIN).size(), r.data().part(Part.VALID).size(), r.data().part(Part.TEST).size()));
        s.append(String.format(Locale.ROOT, "strategy: %s; training class counts %s -> %s%n",
                r.spec().strategy().name(), counts(r.trainCounts(), classes), counts(r.resampledCounts(), classes)));
        s.append(String.format(Locale.ROOT, "best epoch %d of %d by valid %s; threshold %s (%s); %.1f s%n%n",
                r.fit().bestEpoch(), r.fit().history().size(), r.spec().training().selectBy().key(),
                ConsoleTables.format(r.threshold().value()), r.spec().threshold().label(), r.trainSeconds()));
        s.append(ConsoleTables.confusionAndMetrics(r.evaluationsInOrder(), classes));
        if (classes.size() > 2) {
            s.append('\n').append(ConsoleTables.perClass(r.evaluation(Part.TEST), classes));
        }
        return s.toString();
    }

    /** "{0: 162, 1: 18}" */
    public static String counts(int[] counts, ClassNames classes) {
        StringBuilder s = new StringBuilder("{");
        for (int c = 0; c < counts.length; c++) {
            if (c > 0) {
                s.append(", ");
            }
            s.append(classes.name(c)).append(": ").append(counts[c]);
        }
        return s.append('}').toString();
    }
}
