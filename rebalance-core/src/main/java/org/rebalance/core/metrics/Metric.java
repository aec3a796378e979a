package org.rebalance.core.metrics;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.rebalance.core.ConfigException;

/**
 * The classification metrics Rebalance reports. Each has a stable snake-case {@link #key() key} for
 * JSON files, a short {@link #displayName() display name} for tables, and a direction.
 */
public enum Metric {
    /** Recall of the positive class (binary) or macro recall (multiclass). */
    SENSITIVITY("recall", "Sens"),
    /** Recall of the negative class (binary) or macro one-vs-rest specificity (multiclass). */
    SPECIFICITY("specificity", "Spec"),
    /** Precision of the positive class (binary) or macro precision (multiclass). */
    PRECISION("precision", "Prec"),
    /** F1 of the positive class (binary) or macro F1 (multiclass). */
    F1("f1", "F1"),
    /** Fraction of examples predicted correctly. */
    ACCURACY("accuracy", "Acc"),
    /** Mean recall over the classes present in the truth (scikit-learn's balanced_accuracy_score). */
    BALANCED_ACCURACY("balanced_accuracy", "BalAcc"),
    /** Matthews correlation coefficient, in [-1, 1]. */
    MCC("mcc", "MCC"),
    /** Geometric mean of the per-class recalls. */
    G_MEAN("g_mean", "G-mean"),
    /** Area under the ROC curve (macro one-vs-rest for multiclass); ranks scores. */
    ROC_AUC("roc_auc", "ROC-AUC"),
    /** Average precision, the step-wise area under the precision-recall curve; ranks scores. */
    PR_AUC("average_precision", "PR-AUC"),
    /** The training loss on a part, as reported by the learner. */
    LOSS("loss", "Loss");

    private final String key;
    private final String displayName;

    Metric(String key, String displayName) {
        this.key = key;
        this.displayName = displayName;
    }

    /** Whether larger values are better; false only for {@link #LOSS}. */
    public boolean higherIsBetter() {
        return this != LOSS;
    }

    /** Whether the metric ranks scores (ROC_AUC, PR_AUC) rather than using thresholded predictions. */
    public boolean needsScores() {
        return this == ROC_AUC || this == PR_AUC;
    }

    /** Stable snake-case key for JSON files, e.g. "balanced_accuracy", "recall", "average_precision". */
    public String key() {
        return key;
    }

    /** Short column header for tables, e.g. "BalAcc", "ROC-AUC". */
    public String displayName() {
        return displayName;
    }

    /** Lower-case kebab form of the constant's name, e.g. "balanced-accuracy", as used on the command line. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The metric with this name. Accepts the {@link #key() key}, the constant's name in any case, and
     * either with hyphens instead of underscores ("balanced-accuracy", "pr-auc", "recall",
     * "sensitivity", "average-precision"); surrounding blanks are ignored.
     *
     * @throws ConfigException for any other text, listing the valid names
     */
    public static Metric parse(String text) {
        if (text != null) {
            String wanted = text.trim().toLowerCase(Locale.ROOT).replace('-', '_');
            for (Metric m : values()) {
                if (m.key.equals(wanted) || m.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                    return m;
                }
            }
        }
        String valid = Arrays.stream(values()).map(Metric::cliName).collect(Collectors.joining(", "));
        throw new ConfigException("unknown metric \"" + text + "\"; expected one of: " + valid
                + " (JSON keys such as \"recall\" and \"average_precision\" are accepted too)");
    }
}
