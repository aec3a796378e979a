package org.rebalance.core.resample;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.rebalance.core.ConfigException;

/** Parsing and printing of strategy text. */
final class StrategyText {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private StrategyText() {
    }

    static SamplingStrategy parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ConfigException("empty sampling strategy; " + expected());
        }
        String t = text.trim();
        String key = t.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (SamplingStrategy.Named n : SamplingStrategy.Named.values()) {
            if (n.name().equals(key)) {
                return n;
            }
        }
        if (NUMBER.matcher(t).matches()) {
            return new SamplingStrategy.Ratio(Double.parseDouble(t));
        }
        if (t.indexOf(':') >= 0) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (String part : t.split(",", -1)) {
                int colon = part.lastIndexOf(':');
                String name = colon < 0 ? "" : part.substring(0, colon).trim();
                String number = colon < 0 ? "" : part.substring(colon + 1).trim();
                if (name.isEmpty() || !number.matches("\\d{1,9}")) {
                    throw new ConfigException("bad sampling count \"" + part.trim() + "\" in \"" + t
                            + "\"; expected class:count, e.g. neg:500,pos:300");
                }
                if (counts.put(name, Integer.parseInt(number)) != null) {
                    throw new ConfigException("class \"" + name + "\" appears twice in sampling counts \"" + t + "\"");
                }
            }
            return new SamplingStrategy.Counts(counts);
        }
        throw new ConfigException("unknown sampling strategy \"" + t + "\"; " + expected());
    }

    private static String expected() {
        return "expected auto, minority, not-majority, not-minority, all, a ratio in (0, 1] such as 0.5,"
                + " or per-class counts such as neg:500,pos:300";
    }

    /** Shortest round-trip decimal text of a ratio. */
    static String number(double x) {
        return java.math.BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }
}
