package org.rebalance.cli.regression;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.rebalance.cli.experiment.ResultsFile;
import org.rebalance.core.ConfigException;
import org.rebalance.core.data.Dataset;
import org.rebalance.core.data.DenseMatrix;
import org.rebalance.core.regression.RegressionRemedy;
import org.rebalance.core.regression.SignalGenerator;
import org.rebalance.core.regression.TargetLaw;
import org.rebalance.core.util.Futures;
import org.rebalance.core.util.ProgressListener;
import org.rebalance.core.util.Seeds;

/**
 * Runs every cell of a target-distribution study (training law x remedy x seed). For a seed, every
 * cell is tested on the same test part and every remedy of a law starts from the same training and
 * validation parts, so all comparisons are paired. Cells are appended to {@code results.jsonl} as
 * they finish; finished cells are skipped on a restart; at the end the file is rewritten in seed,
 * law, remedy order, so it is the same whatever the workers and interruptions.
 */
public final class SignalStudyRunner {
    private final SignalStudyConfig config;

    public SignalStudyRunner(SignalStudyConfig config) {
        this.config = config;
    }

    /** The cells of one seed: each law with none, and the laws in remedyLaws with every remedy. */
    List<Cell> cells() {
        List<Cell> out = new ArrayList<>();
        List<String> remedyLaws = config.remedyLaws();
        for (String law : config.trainingLaws().keySet()) {
            for (RegressionRemedy remedy : config.remedyList()) {
                if (remedy.name().equals("none") || remedyLaws.contains(law)) {
                    out.add(new Cell(law, remedy));
                }
            }
        }
        return out;
    }

    /** One training law with one remedy. */
    record Cell(String law, RegressionRemedy remedy) {
    }

    public ResultsFile run(Path outDir, ProgressListener progress, int workers) {
        if (workers < 1) {
            throw new ConfigException("workers must be >= 1, got " + workers);
        }
        ResultsFile results = ResultsFile.open(outDir);
        List<Cell> cells = cells();
        Map<String, TargetLaw> laws = config.trainingLaws();
        SignalGenerator generator = config.generator();
        SignalCell trainer = new SignalCell(config.network(), config.options(), config.targetBins());
        int[] done = {0};
        progress.start("cells", cells.size() * config.seeds().size());
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            for (long seed : config.seeds()) {
                List<Cell> pending = cells.stream().filter(c -> !finished(results, c, seed)).toList();
                synchronized (done) {
                    done[0] += cells.size() - pending.size();
                    progress.step(done[0], "seed " + seed);
                }
                if (pending.isEmpty()) {
                    continue;
                }
                Seeds seeds = Seeds.of(seed);
                Dataset<DenseMatrix> test = generator.generate(config.testSize(), config.testLaw(), seeds.stream("test"));
                List<Future<?>> futures = new ArrayList<>();
                for (String law : laws.keySet()) {
                    List<Cell> ofLaw = pending.stream().filter(c -> c.law().equals(law)).toList();
                    if (ofLaw.isEmpty()) {
                        continue;
                    }
                    Dataset<DenseMatrix> train = generator.generate(config.trainSize(), laws.get(law),
                            seeds.stream("train:" + law));
                    Dataset<DenseMatrix> valid = generator.generate(config.validSize(), laws.get(law),
                            seeds.stream("valid:" + law));
                    for (Cell c : ofLaw) {
                        futures.add(pool.submit(() -> {
                            results.append(trainer.run(law, c.remedy(), seed, train, valid, test));
                            synchronized (done) {
                                progress.step(++done[0], law + " + " + c.remedy().name() + ", seed " + seed);
                            }
                        }));
                    }
                }
                Futures.joinAll(futures);
            }
        } finally {
            pool.shutdownNow();
            progress.finish();
        }
        results.sort(Comparator.comparingInt((JsonNode l) -> config.seeds().indexOf(l.get("seed").asLong()))
                .thenComparingInt(l -> indexOf(cells, l)));
        return results;
    }

    private static boolean finished(ResultsFile results, Cell c, long seed) {
        return results.has(l -> l.get("law").asText().equals(c.law()) && l.get("remedy").asText().equals(c.remedy().name())
                && l.get("seed").asLong() == seed);
    }

    private static int indexOf(List<Cell> cells, JsonNode line) {
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).law().equals(line.get("law").asText())
                    && cells.get(i).remedy().name().equals(line.get("remedy").asText())) {
                return i;
            }
        }
        return cells.size();
    }

}
