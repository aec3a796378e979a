package org.rebalance.nn.bundle;

/**
 * How a regression network's single output becomes a target value: {@code targetMean + targetSd * output}
 * (the training part's target mean and standard deviation). The mean is also the mean baseline's prediction.
 */
public record RegressionScale(double targetMean, double targetSd) {
}
