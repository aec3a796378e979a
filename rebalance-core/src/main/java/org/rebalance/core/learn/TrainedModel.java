package org.rebalance.core.learn;

import org.rebalance.core.data.Inputs;
import org.rebalance.core.metrics.Scores;

/** A fitted model that scores inputs. {@link #close()} frees any native memory it holds. */
public interface TrainedModel<I extends Inputs> extends AutoCloseable {
    /** Class probabilities for every example of {@code inputs}. */
    Scores score(I inputs);

    @Override
    void close();
}
