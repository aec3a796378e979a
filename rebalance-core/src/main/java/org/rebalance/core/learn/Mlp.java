package org.rebalance.core.learn;

import java.util.List;
import org.rebalance.core.ConfigException;

/**
 * A multilayer perceptron: inputs, then for each hidden size a fully connected layer, the
 * activation and dropout, then the output layer (one logit for two classes, k logits otherwise).
 *
 * @param hidden hidden layer sizes, e.g. [64, 32]; may be empty (logistic regression)
 * @param dropout dropout rate after each hidden layer, in [0, 1)
 * @param activation non-linearity after each hidden layer
 */
public record Mlp(List<Integer> hidden, double dropout, Activation activation) implements NetworkSpec {
    public Mlp {
        hidden = List.copyOf(hidden);
        checkSizes("mlp", hidden);
        checkDropout("mlp", dropout);
    }

    static void checkSizes(String network, List<Integer> sizes) {
        for (int h : sizes) {
            if (h < 1) {
                throw new ConfigException(network + ": layer sizes must be >= 1, got " + h);
            }
        }
    }

    static void checkDropout(String network, double dropout) {
        if (!(dropout >= 0 && dropout < 1)) {
            throw new ConfigException(network + ": dropout must be in [0, 1), got " + dropout);
        }
    }

    /** Two hidden layers of 64 and 32 units, dropout 0.2, ReLU: a sound start for small tables. */
    public static Mlp defaults() {
        return new Mlp(List.of(64, 32), 0.2, Activation.RELU);
    }

    @Override
    public String name() {
        return "mlp";
    }
}
