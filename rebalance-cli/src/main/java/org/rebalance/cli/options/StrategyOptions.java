package org.rebalance.cli.options;

import org.rebalance.core.strategy.Strategy;
import org.rebalance.core.learn.LossSpec;
import org.rebalance.core.strategy.StrategyDescription;
import picocli.CommandLine.Option;

/** The imbalance strategy and its sampling target. */
public final class StrategyOptions {
    @Option(names = "--strategy", defaultValue = "none", paramLabel = "NAME",
            description = "none, undersample, oversample, weighted, or a sampler: random-over, random-under, smote, "
                    + "tomek-links, enn, ... (default: ${DEFAULT-VALUE}).")
    public String strategy;

    @Option(names = "--ratio", paramLabel = "R",
            description = "Sampling target: a minority:majority ratio such as 0.5, per-class counts such as "
                    + "0:2000,1:500, or auto (balanced, the default).")
    public String ratio;

    @Option(names = "--class-weights", paramLabel = "W",
            description = "Class weights in the loss, replacing the strategy's: explicit per class (0:1,1:20), "
                    + "balanced (n / (k n_c)) or none.")
    public String classWeights;

    @Option(names = "--distance", defaultValue = "euclidean", paramLabel = "NAME",
            description = "Distance of the neighbour samplers (smote, borderline-smote-*, adasyn, enn, renn, tomek-links, ncr, "
                    + "one-sided-selection, near-miss-*): euclidean, or "
                    + "jaccard for 0/1 fingerprints (default: ${DEFAULT-VALUE}).")
    public String distance;

    @Option(names = "--k", defaultValue = "5",
            description = "Neighbours for neighbour-based samplers such as smote (default: ${DEFAULT-VALUE}).")
    public int k;

    @Option(names = "--loss", defaultValue = "cross-entropy", paramLabel = "NAME",
            description = "cross-entropy, focal, balanced-softmax (= logit-adjustment), ldam-drw or lade "
                    + "(default: ${DEFAULT-VALUE}).")
    public String loss;

    @Option(names = "--gamma", defaultValue = "2", description = "Focal loss focusing parameter (default: ${DEFAULT-VALUE}).")
    public double gamma;

    @Option(names = "--alpha", defaultValue = "NaN",
            description = "Focal loss weight of the positive class in (0, 1) (default: none).")
    public double alpha;

    @Option(names = "--tau", defaultValue = "1", description = "Balanced softmax / logit adjustment scale (default: ${DEFAULT-VALUE}).")
    public double tau;

    @Option(names = "--batches", defaultValue = "shuffled",
            description = "shuffled, balanced (class-balanced draws with replacement) or "
                    + "balanced-without-replacement (default: ${DEFAULT-VALUE}).")
    public String batches;

    @Option(names = "--epoch-length", defaultValue = "0", paramLabel = "ROWS",
            description = "Rows drawn per epoch with balanced batches; 0 = the training part's size (default).")
    public int epochLength;

    @Option(names = "--lade-target", split = ",", paramLabel = "SHARE",
            description = "LADE's target class distribution, one share per class in class order (default: uniform).")
    public java.util.List<Double> ladeTarget;

    @Option(names = "--augment", paramLabel = "STEPS",
            description = "Images: augment training images on the fly, per batch and seeded: comma-separated steps "
                    + "as in experiment files, e.g. flip,rotation=10,shift=2,noise=0.05 (also crop=PIXELS, "
                    + "strength=FACTOR, mixup=ALPHA; a bare flip is flip=0.5).")
    public String augment;

    @Option(names = "--augment-targets", paramLabel = "WHICH",
            description = "Images augmented: all, minority-only (classes below the median count) or by-frequency "
                    + "(default: all).")
    public String augmentTargets;

    /** The options as a description (the same form experiment files use). */
    public StrategyDescription description() {
        if (augment == null && augmentTargets != null) {
            throw new org.rebalance.core.ConfigException("--augment-targets needs --augment");
        }
        return new StrategyDescription(null, strategy, ratio, k, classWeights, loss, alpha, gamma, tau, batches,
                epochLength, augment == null ? null : StrategyDescription.AugmentDescription.parse(augment,
                        augmentTargets), distance);
    }

    public Strategy strategy() {
        Strategy s = description().toStrategy();
        if (ladeTarget != null && !ladeTarget.isEmpty()) {
            if (!(s.loss() instanceof LossSpec.Lade l)) {
                throw new org.rebalance.core.ConfigException("--lade-target applies to --loss lade only");
            }
            s = s.withLoss(new LossSpec.Lade(l.weight(), l.remine(),
                    ladeTarget.stream().mapToDouble(Double::doubleValue).toArray()));
        }
        return s;
    }
}
