/**
 * Measuring a classifier: confusion matrices, threshold metrics, ranking metrics, evaluations and
 * threshold rules.
 *
 * <p>Every metric follows scikit-learn's definition (with {@code zero_division=0}) so that values
 * can be checked against it to 1e-9; where Rebalance deliberately differs (ranking metrics return
 * NaN instead of raising when the truth holds one class only) the method's Javadoc says so.
 */
package org.rebalance.core.metrics;
