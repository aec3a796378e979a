package org.rebalance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rebalance.cli.run.ImageData;
import org.rebalance.cli.run.InputKind;
import org.rebalance.cli.run.RunOutput;
import org.rebalance.cli.run.RunPipeline;
import org.rebalance.cli.run.RunResult;
import org.rebalance.cli.run.RunSpec;
import org.rebalance.core.data.csv.TableSpec;
import org.rebalance.core.image.ColourMode;
import org.rebalance.core.image.ImageFolderReader;
import org.rebalance.core.image.ImageSet;
import org.rebalance.core.learn.Cnn2d;
import org.rebalance.core.metrics.MulticlassScores;
import org.rebalance.core.metrics.ThresholdRule;
import org.rebalance.core.split.SplitSpec;
import org.rebalance.core.strategy.StrategyDescription;
import org.rebalance.core.util.ProgressListener;
import org.rebalance.nn.engine.Engines;
import org.rebalance.nn.train.TrainingOptions;

/** train, predict and evaluate on images: a folder of small PNGs, the embedded MNIST IDX files, and bad input. */
class ImageCommandTest {
    private static final String[] CLASSES = {"blank", "horizontal", "vertical"};

    @TempDir
    static Path dir;

    /** Folders train/ and test/ of 8 x 8 grey PNGs, one sub-folder per class. */
    static Path shapes;

    /** A model trained on {@link #shapes} by the train command. */
    static Path model;

    static CommandRunner.Outcome trained;

    @BeforeAll
    static void writeImagesAndTrain() throws IOException {
        shapes = dir.resolve("shapes");
        SplittableRandom rng = new SplittableRandom(5);
        for (String part : List.of("train", "test")) {
            for (int c = 0; c < CLASSES.length; c++) {
                Path folder = Files.createDirectories(shapes.resolve(part).resolve(CLASSES[c]));
                for (int i = 0; i < (part.equals("train") ? 30 : 10); i++) {
                    png(folder.resolve(String.format("%03d.png", i)), c, rng.nextInt(8), rng, 8);
                }
            }
        }
        model = dir.resolve("shapes-model");
        trained = train(model, "--seed", "3");
    }

    /**
     * An 8-bit grey picture of {@code size} x {@code size}: a dark noisy background, and for class 1 a bright
     * horizontal bar in row {@code line}, for class 2 a vertical one in column {@code line}.
     */
    static void png(Path file, int cls, int line, SplittableRandom rng, int size) throws IOException {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                boolean bar = cls == 1 ? y == line : cls == 2 && x == line;
                img.getRaster().setSample(x, y, 0, (bar ? 210 : 20) + rng.nextInt(40));
            }
        }
        ImageIO.write(img, "png", file.toFile());
    }

    /** train on {@link #shapes} (or on {@code --images} when given), 15 epochs unless {@code --epochs} is given. */
    static CommandRunner.Outcome train(Path out, String... extra) {
        List<String> more = List.of(extra);
        List<String> args = new ArrayList<>(List.of("train", "--valid-per-class", "5", "--conv", "8", "--hidden", "8",
                "--lr", "0.01", "--batch-size", "16", "--quiet", "--out", out.toString()));
        if (!more.contains("--images")) {
            args.addAll(List.of("--images", shapes.toString()));
        }
        if (!more.contains("--epochs")) {
            args.addAll(List.of("--epochs", "15"));
        }
        args.addAll(more);
        return CommandRunner.run(args.toArray(String[]::new));
    }

    @Test
    void trainWritesAnImageBundleThatEvaluateAndPredictUse() throws IOException {
        assertEquals(0, trained.exitCode(), trained.err());
        assertTrue(trained.out().contains("split: train 75, valid 15, test 30"), trained.out());
        assertTrue(trained.out().contains("test by class"), trained.out());
        JsonNode bundle = new ObjectMapper().readTree(model.resolve("bundle.json").toFile());
        assertEquals("cnn2d", bundle.at("/network/type").asText(), "cnn2d is the default for images");
        assertEquals(1, bundle.at("/images/channels").asInt());
        assertEquals(8, bundle.at("/images/height").asInt());
        assertEquals(8, bundle.at("/images/width").asInt());
        assertEquals("GRAY", bundle.at("/images/colour").asText());
        assertEquals(1, bundle.at("/images/mean").size());
        assertTrue(bundle.at("/images/std/0").asDouble() > 0);
        assertEquals(List.of(CLASSES), names(bundle.get("classes")));
        assertTrue(bundle.at("/options/long_tail").isNull(), "no long tail asked for");
        assertEquals(5, bundle.at("/options/valid_per_class").asInt());
        JsonNode metrics = new ObjectMapper().readTree(model.resolve("metrics.json").toFile());
        double testBalanced = metrics.at("/parts/test/balanced_accuracy").asDouble();
        assertTrue(testBalanced > 0.9, "bars and blanks are easy: " + testBalanced);

        // evaluate on the data set's folder takes its test/ part, as train did
        CommandRunner.Outcome e = CommandRunner.run("evaluate", "--model", model.toString(), "--images",
                shapes.toString(), "--json", "--quiet");
        assertEquals(0, e.exitCode(), e.err());
        JsonNode ev = new ObjectMapper().readTree(e.out());
        assertEquals(30, ev.get("n").asInt());
        assertEquals(testBalanced, ev.get("balanced_accuracy").asDouble(), 1e-12);
        CommandRunner.Outcome text = CommandRunner.run("evaluate", "--model", model.toString(), "--images",
                shapes.resolve("test").toString(), "--quiet");
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("BalAcc") && text.out().contains("test by class"), text.out());

        // new pictures in a flat folder: the predicted classes are the drawn ones
        Path fresh = Files.createDirectories(dir.resolve("fresh"));
        SplittableRandom rng = new SplittableRandom(99);
        png(fresh.resolve("a-vertical.png"), 2, 1, rng, 8);
        png(fresh.resolve("b-horizontal.png"), 1, 6, rng, 8);
        png(fresh.resolve("c-blank.png"), 0, 0, rng, 8);
        png(fresh.resolve("d-horizontal.png"), 1, 3, rng, 8);
        Path scores = dir.resolve("fresh.csv");
        CommandRunner.Outcome p = CommandRunner.run("predict", "--model", model.toString(), "--images",
                fresh.toString(), "--out", scores.toString(), "--quiet");
        assertEquals(0, p.exitCode(), p.err());
        assertTrue(p.out().contains("wrote 4 predictions"), p.out());
        List<String> lines = Files.readAllLines(scores);
        assertEquals("image,p_blank,p_horizontal,p_vertical,predicted", lines.get(0));
        assertEquals(5, lines.size());
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            assertEquals(cells[0].substring(2, cells[0].length() - 4), cells[4], line);
            double sum = Double.parseDouble(cells[1]) + Double.parseDouble(cells[2]) + Double.parseDouble(cells[3]);
            assertEquals(1, sum, 1e-9);
        }
    }

    @Test
    void predictGivesTheInMemoryModelsProbabilities() throws IOException {
        Engines.pytorch();
        ImageData data = ImageData.of(ImageData.read(shapes, ColourMode.GRAY), null, 5, 11);
        Cnn2d network = new Cnn2d(List.of(8), 3, 2, Cnn2d.Stage.PLAIN, List.of(8), 0.0);
        RunSpec spec = new RunSpec(shapes, new TableSpec("label", Set.of(), Set.of()), Map.of(), SplitSpec.defaults(),
                new StrategyDescription(null, null, null, null, null, null, null, null, null, null, null, null, null)
                        .toStrategy(),
                network, TrainingOptions.defaults().withEpochs(3).withLearningRate(0.01), new ThresholdRule.Fixed(0.5),
                11);
        Path bundle = dir.resolve("in-memory");
        MulticlassScores expected;
        try (RunResult<ImageSet> r = RunPipeline.run(spec, data, InputKind.IMAGES, ProgressListener.NONE)) {
            RunOutput.write(bundle, r, null);
            ImageSet raw = ImageFolderReader.read(shapes.resolve("train"), ColourMode.GRAY).inputs();
            expected = (MulticlassScores) r.fit().model().score(data.normalizer().apply(raw));
        }
        Path scores = dir.resolve("train-scores.csv");
        CommandRunner.Outcome p = CommandRunner.run("predict", "--model", bundle.toString(), "--images",
                shapes.resolve("train").toString(), "--out", scores.toString(), "--quiet");
        assertEquals(0, p.exitCode(), p.err());
        List<String> lines = Files.readAllLines(scores);
        assertEquals(91, lines.size());
        assertEquals("blank/000.png", lines.get(1).split(",")[0]);
        assertEquals("vertical/029.png", lines.get(90).split(",")[0]);
        for (int i = 0; i < 90; i++) {
            String[] cells = lines.get(i + 1).split(",");
            int best = 0;
            for (int c = 0; c < 3; c++) {
                assertEquals(expected.probability(i, c), Double.parseDouble(cells[1 + c]), 1e-6, lines.get(i + 1));
                best = expected.probability(i, c) > expected.probability(i, best) ? c : best;
            }
            assertEquals(CLASSES[best], cells[4]);
        }
    }

    @Test
    void theSameSeedGivesTheSameModelAndAugmentationIsRecorded() throws IOException {
        Path a = dir.resolve("augment-a");
        Path b = dir.resolve("augment-b");
        String[] args = {"--seed", "4", "--epochs", "3", "--augment", "flip,rotation=10,shift=1",
            "--augment-targets", "minority-only", "--long-tail", "2", "--max-count", "24"};
        CommandRunner.Outcome r = train(a, args);
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("strategy: none+augment; training class counts {blank: 24, horizontal: 16, "
                + "vertical: 12}"), r.out());
        assertEquals(0, train(b, args).exitCode());
        JsonNode ma = new ObjectMapper().readTree(a.resolve("metrics.json").toFile());
        JsonNode mb = new ObjectMapper().readTree(b.resolve("metrics.json").toFile());
        assertEquals(ma.get("parts"), mb.get("parts"));
        JsonNode options = new ObjectMapper().readTree(a.resolve("bundle.json").toFile()).get("options");
        assertEquals("MINORITY_ONLY", options.at("/augment/targets").asText());
        assertEquals(10, options.at("/augment/rotationDegrees").asDouble());
        assertEquals("exponential", options.at("/long_tail/profile").asText());
        assertEquals(2, options.at("/long_tail/rho").asDouble());
    }

    @Test
    void aColourModelRefusesGreyIdxFilesAndImagesOfAnotherSize() throws IOException {
        Path rgb = dir.resolve("rgb-model");
        CommandRunner.Outcome r = train(rgb, "--colour", "rgb", "--epochs", "1");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(3, new ObjectMapper().readTree(rgb.resolve("bundle.json").toFile()).at("/images/channels").asInt());

        // an IDX file has one channel; the model takes three
        Path idx = Files.write(dir.resolve("few-images-idx3-ubyte"), idxImages(2, 8, 8));
        Path out = dir.resolve("never.csv");
        CommandRunner.Outcome grey = CommandRunner.run("predict", "--model", rgb.toString(), "--images", idx.toString(),
                "--out", out.toString(), "--quiet");
        assertEquals(3, grey.exitCode());
        assertEquals("error: " + idx + ": has images of 1 x 8 x 8 (channels x height x width); the model takes "
                + "3 x 8 x 8", grey.err().strip());
        assertFalse(Files.exists(out));

        // a picture of another size, named
        Path mixed = Files.createDirectories(dir.resolve("mixed"));
        SplittableRandom rng = new SplittableRandom(1);
        png(mixed.resolve("a.png"), 1, 2, rng, 8);
        png(mixed.resolve("b.png"), 1, 2, rng, 9);
        CommandRunner.Outcome size = CommandRunner.run("predict", "--model", model.toString(), "--images",
                mixed.toString(), "--out", out.toString(), "--quiet");
        assertEquals(3, size.exitCode());
        assertEquals("error: " + mixed.resolve("b.png") + ": is 9 x 9 pixels (width x height), expected 8 x 8",
                size.err().strip());
        assertFalse(Files.exists(out));
        assertNoPartialFiles();
    }

    @Test
    void missingFoldersAndUnlabelledImagesAreDataErrors() throws IOException {
        Path nowhere = dir.resolve("nowhere");
        Path out = dir.resolve("never-model");
        CommandRunner.Outcome t = train(out, "--images", nowhere.toString());
        assertEquals(3, t.exitCode());
        assertTrue(t.err().strip().startsWith("error: " + nowhere + ": no images found: expected MNIST IDX files"),
                t.err());
        assertFalse(Files.exists(out));

        CommandRunner.Outcome p = CommandRunner.run("predict", "--model", model.toString(), "--images",
                nowhere.toString(), "--out", dir.resolve("never.csv").toString(), "--quiet");
        assertEquals(3, p.exitCode());
        assertEquals("error: " + nowhere + ": not found", p.err().strip());

        Path flat = Files.createDirectories(dir.resolve("flat"));
        png(flat.resolve("x.png"), 0, 0, new SplittableRandom(2), 8);
        CommandRunner.Outcome e = CommandRunner.run("evaluate", "--model", model.toString(), "--images",
                flat.toString(), "--quiet");
        assertEquals(3, e.exitCode());
        assertEquals("error: " + flat + ": holds images without classes; labelled images need one sub-folder per "
                + "class (or IDX files)", e.err().strip());

        Path lone = Files.write(dir.resolve("digits.idx"), new byte[] {0, 0, 8, 3});
        CommandRunner.Outcome l = CommandRunner.run("evaluate", "--model", model.toString(), "--images",
                lone.toString(), "--quiet");
        assertEquals(3, l.exitCode());
        assertEquals("error: " + lone + ": has no labels file beside it (for xxx-images-idx3-ubyte, "
                + "xxx-labels-idx1-ubyte[.gz]); give its folder or a class-folder tree", l.err().strip());

        Path unknown = Files.createDirectories(dir.resolve("unknown").resolve("diagonal"));
        png(unknown.resolve("x.png"), 0, 0, new SplittableRandom(2), 8);
        CommandRunner.Outcome u = CommandRunner.run("evaluate", "--model", model.toString(), "--images",
                unknown.getParent().toString(), "--quiet");
        assertEquals(3, u.exitCode());
        assertEquals("error: " + unknown + ": class \"diagonal\" is unknown to the model (it knows [blank, "
                + "horizontal, vertical])", u.err().strip());
    }

    @Test
    void tableModelsAndImageModelsRefuseTheOtherInput() throws IOException {
        Path csv = dir.resolve("table.csv");
        StringBuilder s = new StringBuilder("x,label\n");
        for (int i = 0; i < 60; i++) {
            s.append(i % 2 == 0 ? i : -i).append(',').append(i % 2).append('\n');
        }
        Files.writeString(csv, s.toString());
        Path table = dir.resolve("table-model");
        assertEquals(0, CommandRunner.run("train", "--data", csv.toString(), "--epochs", "1", "--quiet", "--out",
                table.toString()).exitCode());
        Path out = dir.resolve("never.csv");
        CommandRunner.Outcome p = CommandRunner.run("predict", "--model", table.toString(), "--images",
                shapes.toString(), "--out", out.toString(), "--quiet");
        assertEquals(4, p.exitCode());
        assertEquals("error: " + table + " holds a model of tables; --images needs a model trained with train "
                + "--images", p.err().strip());
        assertFalse(Files.exists(out));
        CommandRunner.Outcome e = CommandRunner.run("evaluate", "--model", model.toString(), "--data", csv.toString(),
                "--quiet");
        assertEquals(4, e.exitCode());
        assertEquals("error: " + model + " holds a model of images; give them with --images, not --data",
                e.err().strip());
    }

    @Test
    void badImageOptionsAreConfigOrUsageErrors() {
        Path out = dir.resolve("bad");
        String[][] cases = {
            {"train", "--data", "t.csv", "--long-tail", "10", "--out", out.toString()},
            {"train", "--images", "x", "--augment-targets", "minority-only", "--out", out.toString()},
            {"train", "--images", "x", "--augment", "blur=2", "--out", out.toString()},
            {"train", "--images", "x", "--long-tail-profile", "step", "--out", out.toString()},
            {"train", "--images", "x", "--long-tail", "10", "--long-tail-profile", "step", "--out", out.toString()},
            {"train", "--images", "x", "--smiles", "smiles", "--out", out.toString()},
            {"train", "--images", "x", "--valid-per-class", "5", "--model", "mlp", "--out", out.toString()},
            {"train", "--images", "x", "--split", "0.8,0.1,0.1", "--out", out.toString()},
            {"train", "--images", "x", "--label", "digit", "--out", out.toString()},
        };
        String[] messages = {"--long-tail applies to --images", "--augment-targets needs --augment",
            "augmentation: unknown step \"blur=2\"",
            "--long-tail-profile, --max-count and --minority-classes need --long-tail RHO",
            "--long-tail-profile step needs --minority-classes M", "--images and --smiles are different inputs",
            "the mlp network does not take images; use cnn2d",
            "--split describes a CSV table; images take their classes from their folders",
            "--label describes a CSV table"};
        for (int i = 0; i < cases.length; i++) {
            String[] args = cases[i].clone();
            for (int a = 0; a < args.length; a++) {
                args[a] = args[a].equals("x") ? shapes.toString() : args[a];
            }
            CommandRunner.Outcome r = CommandRunner.run(args);
            assertEquals(4, r.exitCode(), r.err());
            assertTrue(r.err().startsWith("error: " + messages[i]), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertFalse(Files.exists(out));
        }
        CommandRunner.Outcome sepia = CommandRunner.run("train", "--images", shapes.toString(), "--colour", "sepia",
                "--out", out.toString());
        assertEquals(2, sepia.exitCode());
        assertTrue(sepia.err().contains("colour must be gray or rgb, got \"sepia\""), sepia.err());
        assertEquals(ColourMode.GRAY, new org.rebalance.cli.options.ImageOptions.ColourModeConverter().convert("grey"));
        CommandRunner.Outcome both = CommandRunner.run("train", "--data", "t.csv", "--images", "x", "--out",
                out.toString());
        assertEquals(2, both.exitCode());
        assertTrue(both.err().contains("mutually exclusive"), both.err());
        CommandRunner.Outcome neither = CommandRunner.run("predict", "--model", "m", "--out", out.toString());
        assertEquals(2, neither.exitCode());
        assertTrue(neither.err().contains("(--data=FILE | --images=PATH)"), neither.err());
    }

    @Test
    void embeddedMnistTrainsFromIdxFilesAndIsScoredByItemNumber() throws IOException {
        Path mnist = Path.of("../data/mnist").toAbsolutePath().normalize();
        Path out = dir.resolve("mnist");
        CommandRunner.Outcome r = CommandRunner.run("train", "--images", mnist.toString(), "--long-tail", "10",
                "--max-count", "40", "--valid-per-class", "5", "--conv", "8", "--hidden", "16", "--epochs", "3",
                "--lr", "0.01", "--loss", "balanced-softmax", "--quiet", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("training class counts {0: 40, 1: 30, 2: 23, 3: 18, 4: 14, 5: 11, 6: 8, 7: 6, "
                + "8: 5, 9: 4}"), r.out());
        JsonNode bundle = new ObjectMapper().readTree(out.resolve("bundle.json").toFile());
        assertEquals(28, bundle.at("/images/height").asInt());
        assertEquals("GRAY", bundle.at("/images/colour").asText());

        // the images file alone: one row per item, numbered from 1
        Path scores = dir.resolve("mnist.csv");
        Path t10k = mnist.resolve("t10k-images-idx3-ubyte.gz");
        CommandRunner.Outcome p = CommandRunner.run("predict", "--model", out.toString(), "--images", t10k.toString(),
                "--out", scores.toString(), "--quiet");
        assertEquals(0, p.exitCode(), p.err());
        List<String> lines = Files.readAllLines(scores);
        assertEquals(2001, lines.size());
        assertTrue(lines.get(0).startsWith("image,p_0,p_1,") && lines.get(0).endsWith(",p_9,predicted"), lines.get(0));
        assertTrue(lines.get(1).startsWith("1,") && lines.get(2000).startsWith("2000,"));

        // evaluate: the folder's test part, or the images file with its labels file beside it
        CommandRunner.Outcome folder = CommandRunner.run("evaluate", "--model", out.toString(), "--images",
                mnist.toString(), "--json", "--quiet");
        CommandRunner.Outcome file = CommandRunner.run("evaluate", "--model", out.toString(), "--images",
                t10k.toString(), "--json", "--quiet");
        assertEquals(0, folder.exitCode(), folder.err());
        assertEquals(folder.out(), file.out());
        JsonNode e = new ObjectMapper().readTree(folder.out());
        assertEquals(2000, e.get("n").asInt());
        JsonNode metrics = new ObjectMapper().readTree(out.resolve("metrics.json").toFile());
        assertEquals(metrics.at("/parts/test/balanced_accuracy").asDouble(), e.get("balanced_accuracy").asDouble(),
                1e-12);
    }

    /** An IDX images file of n black images of rows x cols. */
    static byte[] idxImages(int n, int rows, int cols) {
        ByteBuffer b = ByteBuffer.allocate(16 + n * rows * cols);
        b.putInt(0x00000803).putInt(n).putInt(rows).putInt(cols);
        return b.array();
    }

    private static List<String> names(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static void assertNoPartialFiles() throws IOException {
        try (var s = Files.list(dir)) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().contains(".partial")));
        }
    }
}
