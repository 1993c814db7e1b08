package org.paperkg.resolve;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the number and unit out of a result as written: {@code +5.7%} → 5.7 %, {@code 0.912} → 0.912,
 * {@code 92.3 F1} → 92.3 (the metric's own name is no unit), {@code 提升了3.2个百分点} → 3.2 pp,
 * {@code 1,024 ms} → 1024 ms. A sign stays on the number; the first number counts ({@code 92.3±0.4}).
 */
final class ResultValues {

    /** A parsed value; both parts {@code null} when the text holds no number. */
    record Parsed(Double number, String unit) {
    }

    private static final Pattern NUMBER = Pattern.compile("([+-]?)\\s*(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d*\\.\\d+|\\d+)");

    /** Units as written (lower case) → as stored. Anything else after the number is no unit. */
    private static final Map<String, String> UNITS = Map.ofEntries(Map.entry("%", "%"), Map.entry("pp", "pp"),
            Map.entry("个百分点", "pp"), Map.entry("百分点", "pp"), Map.entry("percentage points", "pp"),
            Map.entry("points", "pp"), Map.entry("x", "x"), Map.entry("×", "x"), Map.entry("倍", "x"),
            Map.entry("ms", "ms"), Map.entry("s", "s"), Map.entry("秒", "s"), Map.entry("min", "min"),
            Map.entry("h", "h"), Map.entry("gb", "GB"), Map.entry("mb", "MB"), Map.entry("kb", "KB"),
            Map.entry("db", "dB"), Map.entry("fps", "fps"), Map.entry("万", "万"), Map.entry("亿", "亿"),
            Map.entry("k", "K"), Map.entry("m", "M"), Map.entry("b", "B"));

    private ResultValues() {
    }

    static Parsed parse(String value) {
        if (value == null) {
            return new Parsed(null, null);
        }
        String v = Normalizer.normalize(value, Normalizer.Form.NFKC).replace('\u2212', '-').replace('\u2013', '-');
        Matcher m = NUMBER.matcher(v);
        if (!m.find()) {
            return new Parsed(null, null);
        }
        double n = Double.parseDouble(m.group(2).replace(",", ""));
        double number = "-".equals(m.group(1)) ? -n : n;
        return new Parsed(number, unit(v.substring(m.end()).strip()));
    }

    /** The longest known unit the rest starts with, ending at a word edge. */
    private static String unit(String rest) {
        String lower = rest.toLowerCase(Locale.ROOT);
        String best = null;
        for (String u : UNITS.keySet()) {
            if (!lower.startsWith(u)) {
                continue;
            }
            boolean edge = lower.length() == u.length() || !Character.isLetterOrDigit(lower.charAt(u.length()))
                    || Scripts.isHan(u.charAt(0));
            if (edge && (best == null || u.length() > best.length())) {
                best = u;
            }
        }
        return best == null ? null : UNITS.get(best);
    }
}
