package org.rebalance.nn.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The start-up warning about oneDNN's AVX-512 kernels on processors not made by Intel. */
class EnginesTest {
    @Test
    void warnsOnlyOnOtherVendorsWithoutTheSetting() {
        assertNull(Engines.oneDnnWarning(null, "GenuineIntel"));
        assertNull(Engines.oneDnnWarning("AVX2", "AuthenticAMD"));
        assertNull(Engines.oneDnnWarning(null, null), "no /proc/cpuinfo: nothing to say");
        assertEquals("rebalance: warning: on this AuthenticAMD processor set ONEDNN_MAX_CPU_ISA=AVX2 before starting "
                + "Java; oneDNN's AVX-512 convolution backward is unreliable here (see docs/architecture.md)",
                Engines.oneDnnWarning(null, "AuthenticAMD"));
    }
}
