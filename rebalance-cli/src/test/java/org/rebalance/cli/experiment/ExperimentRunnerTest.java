package org.rebalance.cli.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rebalance.core.ConfigException;
import org.rebalance.core.learn.Gcn;
import org.rebalance.core.learn.Readout;

/** How a config file's model entries become networks. */
class ExperimentRunnerTest {
    @TempDir
    Path dir;

    private List<ExperimentRunner.Arm> arms(String models) throws IOException {
        Path config = dir.resolve("experiment.yaml");
        Files.writeString(config, String.join("\n",
                "data:", "  file: molecules.csv", "  smiles: smiles", "seeds: [1]",
                models,
                "strategies:", "  - strategy: none", ""));
        return new ExperimentRunner(ExperimentConfig.read(config), dir).arms();
    }

    @Test
    void graphModelsTakeTheirReadoutAndBondTypes() throws IOException {
        List<ExperimentRunner.Arm> arms = arms(String.join("\n", "models:",
                "  - {type: gcn, readout: mean, bondTypes: true}", "  - {type: gcn}"));
        assertEquals(2, arms.size());
        Gcn typed = (Gcn) arms.get(0).network();
        assertTrue(typed.bondTypes());
        assertEquals(Readout.MEAN, typed.readout());
        Gcn plain = (Gcn) arms.get(1).network();
        assertFalse(plain.bondTypes());
        assertEquals(Gcn.defaults(), plain);
    }

    @Test
    void bondTypesOnANetworkWithoutGraphsIsAConfigError() {
        ConfigException e = assertThrows(ConfigException.class, () -> arms("model: {type: mlp, bondTypes: true}"));
        assertEquals("model.bondTypes applies to graph networks (type gcn or merge), not mlp", e.getMessage());
    }
}
