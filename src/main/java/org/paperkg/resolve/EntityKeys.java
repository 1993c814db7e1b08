package org.paperkg.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The folded key of an entity name, per label. Names that differ only in how they are written fold
 * to one key: width and compatibility forms (NFKC), case, hyphens, spaces and punctuation
 * ("Graph-Attention Network" = "graph attention networks"), English plurals ("GATs" = "GAT",
 * "ResNets" = "ResNet"), a number glued on or not ("ResNet50" = "ResNet-50"), a generic head
 * ("BERT model" = "BERT", "GAT-DTA模型" = "GAT-DTA"). Chinese is kept as written, without spaces.
 *
 * <p>Nothing else merges: versions and sizes keep their own keys ("BERT-large", "ResNet-101"; see
 * {@link #parentVariant}), and there is no edit distance, so BERT/BART and GCN/GNN stay apart. Keys
 * are lower case, words joined by {@code -}: {@code gat}, {@code bert-large}, {@code resnet-50},
 * {@code graph-attention-network}, {@code 图神经网络}. Stateless and thread-safe.
 */
public final class EntityKeys {

    private static final Pattern POSSESSIVE = Pattern.compile("['’`]s(?![\\p{L}\\p{N}])");
    private static final Pattern TRAILING_NUMBER = Pattern.compile("^(.*\\p{L})(\\d+(?:\\.\\d+)*)$");
    private static final Pattern VARIANT = Pattern.compile("tiny|mini|small|base|medium|large|x+l|huge|giant|lite"
            + "|nano|micro|uncased|cased|chat|instruct|v\\d+(?:\\.\\d+)*|\\d+(?:\\.\\d+)*|\\d+(?:\\.\\d+)?[kmbt]");

    private EntityKeys() {
    }

    /** The key of {@code name} as a {@code label}, or {@code null} when it holds no letter or digit. */
    public static String key(EntityLabel label, String name) {
        if (name == null) {
            return null;
        }
        String s = Normalizer.isNormalized(name, Normalizer.Form.NFKC) ? name.strip()
                : Normalizer.normalize(name, Normalizer.Form.NFKC).strip();
        if (s.indexOf('\'') >= 0 || s.indexOf('’') >= 0 || s.indexOf('`') >= 0) {
            s = POSSESSIVE.matcher(s).replaceAll("").replace("'", "").replace("’", "").replace("`", "");
        }
        s = GenericHeads.strip(label, s);
        List<String> tokens = new ArrayList<>();
        for (String t : split(s)) {
            addFolded(tokens, PluralFolding.singular(t));
        }
        return tokens.isEmpty() ? null : join(tokens);
    }

    /**
     * The key one version or size step up: {@code bert-large} → {@code bert}, {@code qwen-3-8b} →
     * {@code qwen-3}, {@code resnet-50} → {@code resnet}; {@code null} when the last word is no size or
     * version ({@code gat-dta}) or nothing named would remain.
     */
    public static String parentVariant(String key) {
        int dash = key == null ? -1 : key.lastIndexOf('-');
        if (dash <= 0 || !VARIANT.matcher(key.substring(dash + 1)).matches()) {
            return null;
        }
        String base = key.substring(0, dash);
        return base.length() >= 2 && base.chars().anyMatch(Character::isLetter) ? base : null;
    }

    /** One key is the other's size or version ("bert-large" and "bert"): never the same thing. */
    static boolean isVariantPair(String a, String b) {
        return isAncestor(b, a) || isAncestor(a, b);
    }

    private static boolean isAncestor(String ancestor, String key) {
        for (String p = parentVariant(key); p != null; p = parentVariant(p)) {
            if (p.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    /** Words: runs of letters and digits; a dot stays only between digits ({@code v1.5}, {@code 3.5}). */
    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean dotInNumber = c == '.' && i > 0 && i + 1 < s.length() && Character.isDigit(s.charAt(i - 1))
                    && Character.isDigit(s.charAt(i + 1));
            if (Character.isLetterOrDigit(c) || dotInNumber) {
                cur.append(c);
            } else if (!cur.isEmpty()) {
                out.add(cur.toString());
                cur.setLength(0);
            }
        }
        if (!cur.isEmpty()) {
            out.add(cur.toString());
        }
        return out;
    }

    /**
     * Adds a word lower-cased, a trailing number split off ({@code ResNet50} → resnet, 50;
     * {@code GATv2} → gat, v2; {@code Qwen3} → qwen, 3), a lone letter joined to the number after it
     * ({@code F-1} → f1) so both spellings meet.
     */
    private static void addFolded(List<String> tokens, String word) {
        Matcher m = TRAILING_NUMBER.matcher(word);
        List<String> parts = new ArrayList<>(2);
        if (endsWithDigit(word) && m.matches() && letters(m.group(1)) >= 2) {
            String base = m.group(1);
            String number = m.group(2);
            if (versionMark(base)) {
                base = base.substring(0, base.length() - 1);
                number = "v" + number;
            }
            parts.add(base);
            parts.add(number);
        } else {
            parts.add(word);
        }
        for (String p : parts) {
            String lower = p.toLowerCase(Locale.ROOT);
            int last = tokens.size() - 1;
            if (last >= 0 && Character.isDigit(lower.charAt(0)) && isSingleLatinLetter(tokens.get(last))) {
                tokens.set(last, tokens.get(last) + lower);
            } else {
                tokens.add(lower);
            }
        }
    }

    private static boolean endsWithDigit(String w) {
        return Character.isDigit(w.charAt(w.length() - 1));
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += Character.isLetter(s.charAt(i)) ? 1 : 0;
        }
        return n;
    }

    /** A trailing {@code V}, or a {@code v} after a name with two capitals ({@code GATv}, {@code DeepLabv}). */
    private static boolean versionMark(String base) {
        int n = base.length();
        char v = base.charAt(n - 1);
        if (n < 3 || (v != 'v' && v != 'V')) {
            return false;
        }
        String name = base.substring(0, n - 1);
        return v == 'V' || name.chars().filter(Character::isUpperCase).count() >= 2;
    }

    private static boolean isSingleLatinLetter(String t) {
        return t.length() == 1 && t.charAt(0) >= 'a' && t.charAt(0) <= 'z';
    }

    /** Words joined by {@code -}, except between two Chinese characters, which Chinese writes without a gap. */
    private static String join(List<String> tokens) {
        StringBuilder b = new StringBuilder(tokens.get(0));
        for (int i = 1; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (!(Scripts.isHan(b.charAt(b.length() - 1)) && Scripts.isHan(t.charAt(0)))) {
                b.append('-');
            }
            b.append(t);
        }
        return b.toString();
    }
}
