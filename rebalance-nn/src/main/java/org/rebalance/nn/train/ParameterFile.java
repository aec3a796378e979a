package org.rebalance.nn.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import org.rebalance.nn.engine.Tensors;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * A network's parameter values on disk, in a small layout of our own: magic {@code RBNN}, a format
 * version, the parameter count, then per parameter its name, its shape and its float32 values
 * (big-endian). Loading checks every name and shape against the architecture. (DJL's own format
 * decodes through a deprecated PyTorch code path that prints a warning on every load.)
 */
final class ParameterFile {
    private static final int MAGIC = 0x52424e4e; // "RBNN"
    private static final int VERSION = 1;

    private ParameterFile() {
    }

    static void write(Block block, DataOutputStream out) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(block.getParameters().size());
        for (Pair<String, Parameter> p : block.getParameters()) {
            NDArray array = p.getValue().getArray();
            out.writeUTF(p.getKey());
            long[] shape = array.getShape().getShape();
            out.writeInt(shape.length);
            for (long d : shape) {
                out.writeLong(d);
            }
            for (float v : array.toFloatArray()) {
                out.writeFloat(v);
            }
        }
        out.flush();
    }

    static void read(Block block, DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC) {
            throw new IOException("not a Rebalance parameter file");
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("parameter file version " + version + " is not supported");
        }
        int count = in.readInt();
        if (count != block.getParameters().size()) {
            throw new IOException("the file has " + count + " parameters, the architecture "
                    + block.getParameters().size());
        }
        for (Pair<String, Parameter> p : block.getParameters()) {
            String name = in.readUTF();
            if (!name.equals(p.getKey())) {
                throw new IOException("expected parameter " + p.getKey() + ", found " + name);
            }
            long[] shape = new long[in.readInt()];
            for (int i = 0; i < shape.length; i++) {
                shape[i] = in.readLong();
            }
            NDArray array = p.getValue().getArray();
            if (!array.getShape().equals(new Shape(shape))) {
                throw new IOException("parameter " + name + " has shape " + Arrays.toString(shape)
                        + " in the file but " + array.getShape() + " in the architecture");
            }
            float[] values = new float[Math.toIntExact(array.size())];
            for (int i = 0; i < values.length; i++) {
                values[i] = in.readFloat();
            }
            Tensors.write(array, values);
        }
    }
}
