package org.rebalance.core.learn;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.rebalance.core.ConfigException;

/**
 * What a regression network minimises, per example, on standardised targets (so that Huber's
 * threshold of 1 means one training standard deviation). Example weights (LDS, DenseWeight)
 * multiply these terms.
 */
public enum RegressionLoss {
    /** Squared error (L2). */
    MSE("mse"),
    /** Absolute error (L1). */
    L1("l1"),
    /** Huber loss with threshold 1: squared below, absolute above. */
    HUBER("huber");

    private final String key;

    RegressionLoss(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The loss named {@code text} (mse, l1, huber). */
    public static RegressionLoss parse(String text) {
        for (RegressionLoss l : values()) {
            if (l.key.equals(text.trim().toLowerCase(Locale.ROOT))) {
                return l;
            }
        }
        throw new ConfigException("unknown regression loss \"" + text + "\"; choose one of "
                + Arrays.stream(values()).map(RegressionLoss::key).collect(Collectors.joining(", ")));
    }
}
