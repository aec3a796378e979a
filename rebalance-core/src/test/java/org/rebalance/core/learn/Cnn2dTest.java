package org.rebalance.core.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rebalance.core.ConfigException;

class Cnn2dTest {
    private static String refused(Runnable r) {
        return assertThrows(ConfigException.class, r::run).getMessage();
    }

    @Test
    void defaultsAreTwoPlainStagesAndAHeadOf64() {
        Cnn2d d = Cnn2d.defaults();
        assertEquals(List.of(16, 32), d.channels());
        assertEquals(3, d.kernel());
        assertEquals(2, d.pool());
        assertEquals(Cnn2d.Stage.PLAIN, d.stage());
        assertEquals(List.of(64), d.head());
        assertEquals(0.0, d.dropout());
        assertEquals("cnn2d", d.name());
        assertEquals(4, d.minimumSize());
        assertEquals(27, new Cnn2d(List.of(4, 4, 4), 3, 3, Cnn2d.Stage.RESIDUAL, List.of(), 0).minimumSize());
        assertEquals(1, new Cnn2d(List.of(4, 4), 5, 1, Cnn2d.Stage.PLAIN, List.of(), 0).minimumSize());
    }

    @Test
    void badSettingsAreRefusedWithTheReason() {
        assertEquals("cnn2d: needs at least one convolution stage",
                refused(() -> new Cnn2d(List.of(), 3, 2, Cnn2d.Stage.PLAIN, List.of(), 0)));
        assertEquals("cnn2d: the kernel size must be odd and >= 1, got 4",
                refused(() -> new Cnn2d(List.of(8), 4, 2, Cnn2d.Stage.PLAIN, List.of(), 0)));
        assertEquals("cnn2d: the pooling window must be >= 1, got 0",
                refused(() -> new Cnn2d(List.of(8), 3, 0, Cnn2d.Stage.PLAIN, List.of(), 0)));
        assertEquals("cnn2d: layer sizes must be >= 1, got 0",
                refused(() -> new Cnn2d(List.of(8, 0), 3, 2, Cnn2d.Stage.PLAIN, List.of(), 0)));
        assertEquals("cnn2d: dropout must be in [0, 1), got 1.0",
                refused(() -> new Cnn2d(List.of(8), 3, 2, Cnn2d.Stage.PLAIN, List.of(4), 1.0)));
        assertEquals("cnn2d: a stage type (plain or residual) is required",
                refused(() -> new Cnn2d(List.of(8), 3, 2, null, List.of(4), 0)));
    }

    @Test
    void stagesParseByTheirCommandLineNames() {
        assertEquals(Cnn2d.Stage.RESIDUAL, Cnn2d.Stage.parse(" Residual"));
        assertEquals(Cnn2d.Stage.PLAIN, Cnn2d.Stage.parse(Cnn2d.Stage.PLAIN.cliName()));
        assertEquals("cnn2d: a stage must be plain or residual, got \"dense\"", refused(() -> Cnn2d.Stage.parse("dense")));
        assertEquals("cnn2d: a stage must be plain or residual, got \"null\"", refused(() -> Cnn2d.Stage.parse(null)));
    }
}
