package org.rebalance.nn.engine;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

public final class Probe {
    public static void main(String[] args) {
        System.setProperty("ai.djl.offline", "true");
        Engine e = Engine.getEngine("PyTorch");
        System.out.println(e.getEngineName() + " " + e.getVersion());
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray a = m.create(new float[] {1, 2, 3});
            System.out.println(a.mul(2).sum());
        }
    }
}
