package org.rebalance.cli.run;

import java.util.LinkedHashMap;
import java.util.Map;

/** Versions of the libraries a result was made with, for manifests. */
public final class Versions {
    private Versions() {
    }

    public static Map<String, String> all() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("rebalance", orUnknown(Versions.class.getPackage().getImplementationVersion()));
        v.put("djl", orUnknown(ai.djl.engine.Engine.class.getPackage().getImplementationVersion()));
        v.put("pytorch", org.rebalance.nn.engine.Engines.pytorch().getVersion());
        v.put("java", System.getProperty("java.version"));
        return v;
    }

    private static String orUnknown(String s) {
        return s == null ? "dev" : s;
    }
}
