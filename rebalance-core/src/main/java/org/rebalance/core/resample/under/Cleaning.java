package org.rebalance.core.resample.under;

import org.rebalance.core.data.ClassTarget;
import org.rebalance.core.resample.Resampling;

/** Shared by the cleaning samplers: the plan that keeps every row not marked for removal. */
final class Cleaning {
    private Cleaning() {
    }

    static Resampling keepUnmarked(ClassTarget target, boolean[] remove) {
        int kept = 0;
        for (boolean r : remove) {
            kept += r ? 0 : 1;
        }
        int[] rows = new int[kept];
        int next = 0;
        for (int i = 0; i < target.size(); i++) {
            if (!remove[i]) {
                rows[next++] = i;
            }
        }
        return Resampling.of(rows);
    }
}
