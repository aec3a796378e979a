package org.rebalance.nn.batch;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.rebalance.core.data.DenseMatrix;

/** Feature vectors of a fixed width, fed dense or as sparse 0/1 rows ({@link InputEncoding}). */
public record VectorInput(InputEncoding encoding, int width) implements InputAdapter<DenseMatrix> {
    @Override
    public Shape[] shapes() {
        return new Shape[] {new Shape(1, width)};
    }

    @Override
    public void check(DenseMatrix x) {
        if (x.cols() != width) {
            throw new IllegalArgumentException("the network takes " + width + " inputs, got " + x.cols());
        }
    }

    @Override
    public BatchSource open(DenseMatrix x, NDManager manager) {
        check(x);
        BatchAssembler assembler = BatchAssembler.of(x, encoding, manager);
        return (rows, from, to, batch) -> new NDList(assembler.batch(rows, from, to, batch));
    }
}
