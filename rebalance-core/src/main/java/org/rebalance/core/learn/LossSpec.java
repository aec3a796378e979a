package org.rebalance.core.learn;

import java.util.Locale;
import org.rebalance.core.ConfigException;

/**
 * Which loss a network trains with (a description; the nn module builds the loss). Class weights,
 * when the strategy has them, multiply every example's loss in all three.
 */
public sealed interface LossSpec permits LossSpec.CrossEntropy, LossSpec.Focal, LossSpec.BalancedSoftmax,
        LossSpec.Ldam, LossSpec.Lade {
    /** Kebab-case name for the command line and manifests. */
    String name();

    /** Binary (sigmoid) or softmax cross-entropy. */
    record CrossEntropy() implements LossSpec {
        @Override
        public String name() {
            return "cross-entropy";
        }
    }

    /**
     * Focal loss (T.-Y. Lin, P. Goyal, R. Girshick, K. He, P. Dollár, "Focal loss for dense object
     * detection", ICCV 2017): cross-entropy scaled by (1 - p_t)^gamma, so confidently right examples
     * count little and training concentrates on hard ones. With two classes, alpha (when given, in
     * (0, 1)) weighs the positive class alpha and the negative 1 - alpha; NaN turns it off (use class
     * weights for more classes). gamma = 0 and no alpha is cross-entropy.
     *
     * @param alpha positive-class balance in (0, 1), or NaN for none
     * @param gamma focusing parameter, &gt;= 0 (2 in the paper)
     */
    record Focal(double alpha, double gamma) implements LossSpec {
        public Focal {
            if (!(gamma >= 0) || Double.isInfinite(gamma)) {
                throw new ConfigException("focal: gamma must be a finite number >= 0, got " + gamma);
            }
            if (!Double.isNaN(alpha) && !(alpha > 0 && alpha < 1)) {
                throw new ConfigException("focal: alpha must be in (0, 1) (or left out), got " + alpha);
            }
        }

        @Override
        public String name() {
            return "focal";
        }
    }

    /**
     * Balanced softmax / logit adjustment (J. Ren et al., "Balanced meta-softmax for long-tailed visual
     * recognition", NeurIPS 2020; A. K. Menon et al., "Long-tail learning via logit adjustment", ICLR
     * 2021): trains on logits shifted by tau * log(prior of the class), the prior being the training
     * part's class shares; the network's raw logits then score as if the classes were balanced. With
     * equal priors it is cross-entropy. tau = 1 is balanced softmax.
     *
     * @param tau scale of the adjustment, &gt;= 0
     */
    record BalancedSoftmax(double tau) implements LossSpec {
        public BalancedSoftmax {
            if (!(tau >= 0) || Double.isInfinite(tau)) {
                throw new ConfigException("balanced-softmax: tau must be a finite number >= 0, got " + tau);
            }
        }

        @Override
        public String name() {
            return "balanced-softmax";
        }
    }

    /**
     * LDAM with deferred re-weighting (K. Cao, C. Wei, A. Gaidon, N. Arechiga, T. Ma, "Learning
     * imbalanced datasets with label-distribution-aware margin loss", NeurIPS 2019): cross-entropy after
     * subtracting a margin Delta_c = maxMargin (n_min / n_c)^(1/4) from the true class's logit (rare
     * classes get larger margins), logits multiplied by {@code scale}; class weights are applied only from
     * epoch {@code drwEpoch} on (DRW). The paper's scale 30 assumes a normalised last layer; with the
     * plain logits of these networks the default is 1. drwEpoch 0 means at 80 % of the epoch budget, as
     * in the paper (epoch 160 of 200).
     *
     * @param maxMargin the largest margin (the rarest class's), &gt;= 0
     * @param scale logit scale, &gt; 0
     * @param drwEpoch first epoch (1-based) with class weights; 0 = 80 % of the epochs
     */
    record Ldam(double maxMargin, double scale, int drwEpoch) implements LossSpec {
        public Ldam {
            if (!(maxMargin >= 0) || Double.isInfinite(maxMargin) || !(scale > 0) || Double.isInfinite(scale)
                    || drwEpoch < 0) {
                throw new ConfigException("ldam: need max margin >= 0, scale > 0 and DRW epoch >= 0, got "
                        + maxMargin + ", " + scale + ", " + drwEpoch);
            }
        }

        @Override
        public String name() {
            return "ldam-drw";
        }

        /** The epoch from which class weights apply, for a run of {@code epochs} epochs. */
        public int reweightFrom(int epochs) {
            return drwEpoch > 0 ? drwEpoch : Math.max(1, (int) Math.round(0.8 * epochs));
        }
    }

    /**
     * LADE, the label-distribution-disentangling loss (Y. Hong, S. Han, K. Choi, S. Seo, B. Kim,
     * B. Chang, "Disentangling label distribution for long-tailed visual recognition", CVPR 2021):
     * cross-entropy on logits plus log(training prior) (as balanced softmax), plus {@code weight} times a
     * regulariser that, per class, bounds from below the divergence the logits estimate between the
     * class's examples and the whole batch re-weighted to the target distribution (a Donsker–Varadhan
     * bound with the REMINE penalty {@code remine} times its second term squared), summed with the
     * training prior's weights. The target distribution is uniform unless given.
     *
     * @param weight the regulariser's weight (0.1 in the paper)
     * @param remine the REMINE stabiliser's weight (0.1 in the paper)
     * @param target target class shares, or null for uniform
     */
    record Lade(double weight, double remine, double[] target) implements LossSpec {
        public Lade {
            if (!(weight >= 0) || !(remine >= 0) || Double.isInfinite(weight) || Double.isInfinite(remine)) {
                throw new ConfigException("lade: weight and remine must be finite numbers >= 0, got " + weight
                        + ", " + remine);
            }
            if (target != null) {
                for (double t : target) {
                    if (!(t > 0) || Double.isInfinite(t)) {
                        throw new ConfigException("lade: target shares must be positive, got "
                                + java.util.Arrays.toString(target));
                    }
                }
                target = target.clone();
            }
        }

        @Override
        public String name() {
            return "lade";
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Lade l && weight == l.weight && remine == l.remine
                    && java.util.Arrays.equals(target, l.target);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(weight, remine, java.util.Arrays.hashCode(target));
        }

        @Override
        public String toString() {
            return "Lade[weight=" + weight + ", remine=" + remine + ", target="
                    + (target == null ? "uniform" : java.util.Arrays.toString(target)) + "]";
        }
    }

    /**
     * The loss called {@code name} ({@code cross-entropy}, {@code focal}, {@code balanced-softmax}) with
     * the parameters that apply to it.
     */
    static LossSpec parse(String name, double alpha, double gamma, double tau) {
        switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "cross-entropy":
            case "ce":
                return new CrossEntropy();
            case "focal":
                return new Focal(alpha, gamma);
            case "balanced-softmax":
            case "logit-adjustment":
                return new BalancedSoftmax(tau);
            case "ldam":
            case "ldam-drw":
                return new Ldam(0.5, 1.0, 0);
            case "lade":
                return new Lade(0.1, 0.1, null);
            default:
                throw new ConfigException("unknown loss \"" + name
                        + "\"; expected one of cross-entropy, focal, balanced-softmax (= logit-adjustment), ldam-drw, lade");
        }
    }
}
