package org.rebalance.cli.run;

import org.rebalance.core.data.ClassNames;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.Inputs;
import org.rebalance.core.data.Origin;
import org.rebalance.core.data.Part;

/** A data set read and split into TRAIN, VALID and TEST, ready for a model of its input kind. */
public interface PartedData<I extends Inputs> {
    Origin origin();

    ClassNames classes();

    Dataset<I> part(Part part);
}
