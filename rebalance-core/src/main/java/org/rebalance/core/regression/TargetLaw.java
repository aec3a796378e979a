package org.rebalance.core.regression;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.rebalance.core.ConfigException;

/**
 * The distribution a regression target is drawn from: {@link Uniform}, {@link Normal} or {@link Exponential}.
 * Draws use the inverse CDF of one {@code rng.nextDouble()} each, so a seeded generator gives the same values.
 */
public sealed interface TargetLaw permits TargetLaw.Uniform, TargetLaw.Normal, TargetLaw.Exponential {

    /** One value, from one {@code rng.nextDouble()} (or more for {@link Normal}, which skips an exact 0). */
    double draw(RandomGenerator rng);

    /** The probability density at y. */
    double density(double y);

    /** The canonical text, read back by {@link #parse}: {@code uniform(1,10)}, {@code normal(5.5,1)}. */
    String text();

    /** Uniform on [low, high]. */
    record Uniform(double low, double high) implements TargetLaw {
        public Uniform {
            if (!(Double.isFinite(low) && Double.isFinite(high) && low < high)) {
                throw new ConfigException("uniform target law needs finite low < high, got uniform(" + low + ","
                        + high + ")");
            }
        }

        @Override
        public double draw(RandomGenerator rng) {
            return low + rng.nextDouble() * (high - low);
        }

        @Override
        public double density(double y) {
            return y >= low && y <= high ? 1 / (high - low) : 0;
        }

        @Override
        public String text() {
            return "uniform(" + number(low) + "," + number(high) + ")";
        }
    }

    /** Normal with the given mean and standard deviation. */
    record Normal(double mean, double sd) implements TargetLaw {
        public Normal {
            if (!(Double.isFinite(mean) && Double.isFinite(sd) && sd > 0)) {
                throw new ConfigException("normal target law needs a finite mean and sd > 0, got normal(" + mean + ","
                        + sd + ")");
            }
        }

        @Override
        public double draw(RandomGenerator rng) {
            double u;
            do {
                u = rng.nextDouble();
            } while (u == 0);
            return NormalDistribution.of(mean, sd).inverseCumulativeProbability(u);
        }

        @Override
        public double density(double y) {
            return NormalDistribution.of(mean, sd).density(y);
        }

        @Override
        public String text() {
            return "normal(" + number(mean) + "," + number(sd) + ")";
        }
    }

    /** {@code offset + E} where E is exponential with the given rate (mean {@code offset + 1 / rate}). */
    record Exponential(double rate, double offset) implements TargetLaw {
        public Exponential {
            if (!(Double.isFinite(rate) && Double.isFinite(offset) && rate > 0)) {
                throw new ConfigException("exponential target law needs rate > 0 and a finite offset, got exponential("
                        + rate + "," + offset + ")");
            }
        }

        @Override
        public double draw(RandomGenerator rng) {
            return offset - Math.log1p(-rng.nextDouble()) / rate;
        }

        @Override
        public double density(double y) {
            return y >= offset ? rate * Math.exp(-rate * (y - offset)) : 0;
        }

        @Override
        public String text() {
            return "exponential(" + number(rate) + "," + number(offset) + ")";
        }
    }

    /**
     * Reads {@code uniform(low,high)}, {@code normal(mean,sd)} or {@code exponential(rate,offset)}; case and
     * blanks are ignored.
     *
     * @throws ConfigException for any other text, or parameters out of range
     */
    static TargetLaw parse(String text) {
        String t = text == null ? "" : text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        String number = "([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:e[-+]?\\d+)?)";
        Matcher m = Pattern.compile("(uniform|normal|exponential)\\(" + number + "," + number + "\\)").matcher(t);
        if (!m.matches()) {
            throw new ConfigException("unknown target law \"" + text
                    + "\"; expected uniform(low,high), normal(mean,sd) or exponential(rate,offset),"
                    + " e.g. uniform(1,10)");
        }
        double a = Double.parseDouble(m.group(2));
        double b = Double.parseDouble(m.group(3));
        return switch (m.group(1)) {
            case "uniform" -> new Uniform(a, b);
            case "normal" -> new Normal(a, b);
            default -> new Exponential(a, b);
        };
    }

    private static String number(double x) {
        return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }
}
