package org.rebalance.core.regression;

import org.rebalance.core.ConfigException;

/**
 * How well a target bin is represented in the training part, after Yang et al. (2021), "Delving into Deep
 * Imbalanced Regression": many-shot bins have more than 100 training samples, medium-shot bins 20 to 100,
 * few-shot bins fewer than 20. {@link ShotThresholds} holds the two limits.
 */
public enum ShotRegion {
    MANY, MEDIUM, FEW;

    /**
     * A bin with more than {@code many} training samples is {@link #MANY}, one with {@code few} to {@code many}
     * is {@link #MEDIUM}, and one with fewer than {@code few} is {@link #FEW}.
     */
    public record ShotThresholds(int many, int few) {
        public ShotThresholds {
            if (few < 0 || many < few) {
                throw new ConfigException("shot thresholds need 0 <= few <= many, got many=" + many + ", few=" + few);
            }
        }

        /** Yang et al.'s limits: many = 100, few = 20. */
        public static ShotThresholds defaults() {
            return new ShotThresholds(100, 20);
        }

        /** The region of a bin with this many training samples. */
        public ShotRegion region(int trainingCount) {
            if (trainingCount > many) {
                return MANY;
            }
            return trainingCount >= few ? MEDIUM : FEW;
        }
    }
}
