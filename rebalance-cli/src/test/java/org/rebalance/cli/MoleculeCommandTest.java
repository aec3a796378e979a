package org.rebalance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** train / evaluate / predict on a SMILES file: graph, merge and fingerprint models, and bad input. */
class MoleculeCommandTest {
    @TempDir
    static Path dir;

    static Path data;

    /**
     * 200 substituted benzenes and pyridines; the 40 that carry a nitro group are positive (the classic
     * mutagenicity alert), so a network that reads structure separates them. Data rows 5 and 50 hold
     * SMILES that do not parse.
     */
    @BeforeAll
    static void writeData() throws IOException {
        String[] rings = {"c1ccc(%s)cc1", "c1ccc(%s)nc1", "c1cc(C)c(%s)cc1", "c1cc(Cl)ccc1%s"};
        String[] plain = {"O", "N", "C", "CC", "OC", "C(=O)O", "Cl", "Br", "C#N", "CCO", "C(=O)N", "S(=O)(=O)N",
            "OCC", "CCC", "F", "C(F)(F)F", "NC(=O)C", "OC(=O)C", "CN", "C=O"};
        StringBuilder s = new StringBuilder("id,smiles,label\n");
        int id = 0;
        List<String> rows = new ArrayList<>();
        for (String ring : rings) {
            for (String sub : plain) {
                rows.add(String.format(ring, sub) + ",0");
                rows.add(String.format(ring, sub).replace("c1", "c1") + "C,0");
            }
            for (int k = 0; k < 10; k++) {
                String nitro = k % 2 == 0 ? "[N+](=O)[O-]" : "N(=O)=O";
                rows.add(String.format(ring, nitro) + (k < 5 ? "" : "C") + ",1");
            }
        }
        rows.add(4, "C1CC,0");           // data row 5: unclosed ring
        rows.add(49, "NC(=O)\\C=N\\#N,1"); // data row 50: a diazo written as in the Hansen set
        for (String r : rows) {
            s.append(id++).append(',').append(r).append('\n');
        }
        data = dir.resolve("molecules.csv");
        Files.writeString(data, s.toString());
    }

    private static CommandRunner.Outcome train(Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("train", "--data", data.toString(), "--smiles", "smiles",
                "--lr", "0.005", "--batch-size", "32", "--quiet", "--seed", "2", "--out",
                out.toString()));
        args.addAll(List.of(extra));
        return CommandRunner.run(args.toArray(String[]::new));
    }

    @Test
    void gcnTrainsEvaluatesAndPredictsOnSmiles() throws IOException {
        Path out = dir.resolve("gcn");
        CommandRunner.Outcome r = train(out, "--model", "gcn", "--conv", "32,32", "--hidden", "32", "--epochs", "25");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("warning: 2 invalid SMILES skipped: rows 5 (\"C1CC\"), 50 (\"NC(=O)\\C=N\\#N\")"),
                r.err());
        JsonNode metrics = new ObjectMapper().readTree(out.resolve("metrics.json").toFile());
        assertTrue(metrics.at("/parts/test/roc_auc").asDouble() > 0.9, metrics.at("/parts/test").toString());
        JsonNode bundle = new ObjectMapper().readTree(out.resolve("bundle.json").toFile());
        assertEquals("smiles", bundle.at("/molecules/smilesColumn").asText());
        assertEquals(75, bundle.at("/molecules/atomFeatures").asInt());
        assertEquals("gcn", bundle.at("/network/type").asText());

        CommandRunner.Outcome e = CommandRunner.run("evaluate", "--model", out.toString(), "--data", data.toString(),
                "--json");
        assertEquals(0, e.exitCode(), e.err());
        JsonNode all = new ObjectMapper().readTree(e.out());
        assertEquals(200, all.at("/n").asInt(), "the 200 molecules that parse");
        assertEquals(40, all.at("/confusion_matrix").get(1).get(0).asInt() + all.at("/confusion_matrix").get(1).get(1)
                .asInt(), "40 nitro compounds (the unparseable diazo is not scored)");

        Path scores = dir.resolve("scores.csv");
        CommandRunner.Outcome p = CommandRunner.run("predict", "--model", out.toString(), "--data", data.toString(),
                "--out", scores.toString());
        assertEquals(0, p.exitCode(), p.err());
        List<String> lines = Files.readAllLines(scores);
        assertEquals("row,score,predicted", lines.get(0));
        assertEquals(201, lines.size());
        assertTrue(lines.get(4).startsWith("4,") && lines.get(5).startsWith("6,"), "row 5 did not parse: "
                + lines.subList(0, 7));
    }

    @Test
    void mergeAndFingerprintModelsTrain() throws IOException {
        CommandRunner.Outcome merge = train(dir.resolve("merge"), "--model", "merge", "--conv", "16", "--hidden",
                "16", "--fingerprint-branch", "16", "--fingerprint", "maccs", "--epochs", "3");
        assertEquals(0, merge.exitCode(), merge.err());
        JsonNode bundle = new ObjectMapper().readTree(dir.resolve("merge/bundle.json").toFile());
        assertEquals("maccs", bundle.at("/molecules/fingerprint").asText());
        assertEquals(166, bundle.at("/inputs").asInt());
        CommandRunner.Outcome mlp = train(dir.resolve("mlp"), "--model", "mlp", "--fingerprint", "ecfp4:512",
                "--epochs", "3", "--strategy", "smote");
        assertEquals(0, mlp.exitCode(), mlp.err());
        CommandRunner.Outcome e = CommandRunner.run("evaluate", "--model", dir.resolve("mlp").toString(), "--data",
                data.toString());
        assertEquals(0, e.exitCode(), e.err());
        assertTrue(e.out().contains("BalAcc"), e.out());
    }

    @Test
    void invalidSmilesCanBeFatal() {
        Path out = dir.resolve("never");
        CommandRunner.Outcome r = train(out, "--model", "gcn", "--invalid", "fail", "--epochs", "1");
        assertEquals(3, r.exitCode());
        assertEquals("error: " + data + ", row 5, column \"smiles\": invalid SMILES \"C1CC\": ", r.err().substring(0,
                r.err().indexOf("\"C1CC\": ") + 8));
        assertFalse(Files.exists(out));
    }

    @Test
    void graphModelsRefuseInterpolatingSamplers() {
        Path out = dir.resolve("smote");
        CommandRunner.Outcome r = train(out, "--model", "gcn", "--strategy", "smote", "--epochs", "1");
        assertEquals(4, r.exitCode());
        assertTrue(r.err().contains("sampler smote interpolates feature vectors and cannot make graphs"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void simulatingMoreThanTheTrainingPartHoldsIsAClearError() {
        CommandRunner.Outcome r = train(dir.resolve("sim"), "--model", "gcn", "--simulate", "1:30,0:500", "--epochs", "1");
        assertEquals(4, r.exitCode());
        assertTrue(r.err().contains("--simulate draws from the training part only"), r.err());
        assertTrue(r.err().contains("class \"0\": asked for 500 rows but it has"), r.err());
    }

    @Test
    void perturbedOverSamplingTrainsAGraphModel() {
        CommandRunner.Outcome r = train(dir.resolve("perturbed"), "--model", "gcn", "--conv", "16", "--hidden", "16",
                "--strategy", "perturbed-over", "--epochs", "2");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("strategy: perturbed-over; training class counts {0: 114, 1: 24} -> {0: 114, 1: 114}")
                || r.out().contains("-> {0: "), r.out());
    }

    @Test
    void bondTypedGcnRoundTripsThroughItsBundle() throws IOException {
        Path out = dir.resolve("typed");
        CommandRunner.Outcome r = train(out, "--model", "gcn", "--bond-types", "--conv", "16", "--hidden", "16",
                "--epochs", "3");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode bundle = new ObjectMapper().readTree(out.resolve("bundle.json").toFile());
        assertTrue(bundle.at("/network/bondTypes").asBoolean(), bundle.toString());
        assertEquals(4, bundle.at("/molecules/bondTypes").asInt());
        JsonNode trained = new ObjectMapper().readTree(out.resolve("metrics.json").toFile()).at("/parts/test");
        CommandRunner.Outcome e = CommandRunner.run("evaluate", "--model", out.toString(), "--data", data.toString(),
                "--json");
        assertEquals(0, e.exitCode(), e.err());
        assertEquals(200, new ObjectMapper().readTree(e.out()).at("/n").asInt());
        assertTrue(trained.at("/roc_auc").isNumber(), trained.toString());
        // a plain gcn's bundle says nothing about bond types (older bundles read the same way)
        Path plain = dir.resolve("plain");
        assertEquals(0, train(plain, "--model", "gcn", "--conv", "16", "--hidden", "16", "--epochs", "1").exitCode());
        JsonNode plainBundle = new ObjectMapper().readTree(plain.resolve("bundle.json").toFile());
        assertTrue(plainBundle.at("/network/bondTypes").isMissingNode() && plainBundle.at("/molecules/bondTypes")
                .isMissingNode(), plainBundle.toString());
    }

    @Test
    void badNetworkOptionsAreConfigErrors() {
        String[][] cases = {{"--model", "transformer"}, {"--model", "gcn", "--readout", "attention"},
            {"--model", "merge", "--fingerprint", "daylight"}, {"--model", "mlp", "--bond-types"}};
        String[] messages = {"unknown model \"transformer\"; expected one of mlp, cnn1d, cnn2d, gcn, merge",
            "readout must be sum, mean or max, got \"attention\"", "unknown fingerprint \"daylight\"",
            "--bond-types applies to graph networks (--model gcn or merge), not mlp"};
        for (int c = 0; c < cases.length; c++) {
            Path out = dir.resolve("bad" + c);
            CommandRunner.Outcome r = train(out, cases[c]);
            assertEquals(4, r.exitCode(), r.err());
            assertTrue(r.err().contains(messages[c]), r.err());
            assertFalse(Files.exists(out));
        }
    }
}
