package org.paperkg.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the pairs a paper states with parentheses: "Long Form (ACR)", "ACR (Long Form)",
 * "中文名（English name, ACR）", "中文名（ACR）", "中文名（English name）", "ACR（中文名）". An English long form must
 * spell its acronym ({@link Acronyms#spells}); a pair is kept only when one of its names is a name the
 * paper's extraction mentions, and it takes that mention's label, so acronyms resolve within their type.
 */
final class PairFinder {

    private static final Pattern CITATION = Pattern.compile("et al|\\b(19|20)\\d\\d\\b");
    private static final int MAX_INSIDE = 100;
    private static final int MAX_BEFORE = 160;

    private final Map<EntityLabel, Set<String>> mentionKeys;
    private final Set<Character> firstChars = new java.util.HashSet<>();

    /** @param mentionKeys per label, the folded keys of the names the extraction mentions */
    PairFinder(Map<EntityLabel, Set<String>> mentionKeys) {
        this.mentionKeys = mentionKeys;
        mentionKeys.values().forEach(keys -> keys.forEach(k -> firstChars.add(k.charAt(0))));
    }

    List<NamePair> find(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC);
        Set<NamePair> out = new LinkedHashSet<>();
        for (int open = t.indexOf('('); open >= 0; open = t.indexOf('(', open + 1)) {
            int close = t.indexOf(')', open + 1);
            if (close < 0) {
                break;
            }
            String inside = t.substring(open + 1, close);
            if (inside.length() <= MAX_INSIDE && inside.indexOf('(') < 0) {
                String before = clause(t.substring(Math.max(0, open - MAX_BEFORE), open));
                pairs(before, inside, out);
            }
        }
        return List.copyOf(out);
    }

    private void pairs(String before, String inside, Set<NamePair> out) {
        List<String> parts = Arrays.stream(inside.split("[,;、]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        List<String> words = latinWordsAtEnd(before);
        String han = ChineseNames.nameAtEnd(before, this::isMention);
        String lastWord = words.isEmpty() ? null : words.get(words.size() - 1);
        for (String p : parts) {
            if (Acronyms.isAcronymShaped(p)) {
                String longForm = shortestSpelling(words, p);
                add(out, p, longForm, true);
                parts.stream().filter(q -> isEnglishLongForm(q) && Acronyms.spells(q, p)).forEach(q -> add(out, p, q, true));
                add(out, p, han, true);
            } else if (isEnglishLongForm(p)) {
                if (lastWord != null && Acronyms.isAcronymShaped(lastWord) && Acronyms.spells(p, lastWord)) {
                    add(out, lastWord, p, true);
                }
                add(out, han, p, false);
            } else if (ChineseNames.isChineseName(p) && lastWord != null) {
                if (Acronyms.isAcronymShaped(lastWord)) {
                    add(out, lastWord, p, true);
                } else {
                    for (int i = 0; i < words.size(); i++) {
                        String suffix = String.join(" ", words.subList(i, words.size()));
                        if (isMention(suffix)) {
                            add(out, p, suffix, false);
                            break;
                        }
                    }
                }
            }
        }
    }

    /** Adds the pair once per label in which one of its names is a mention. */
    private void add(Set<NamePair> out, String first, String second, boolean acronym) {
        if (first == null || second == null) {
            return;
        }
        for (EntityLabel label : EntityLabel.values()) {
            Set<String> keys = mentionKeys.getOrDefault(label, Set.of());
            String a = EntityKeys.key(label, first);
            String b = EntityKeys.key(label, second);
            if (a != null && b != null && !a.equals(b) && (keys.contains(a) || keys.contains(b))) {
                out.add(new NamePair(label, first, second, acronym));
            }
        }
    }

    private boolean isMention(String s) {
        // a key starts with its name's first character, lower-cased: a cheap test before folding
        if (!firstChars.contains(Character.toLowerCase(s.charAt(0)))) {
            return false;
        }
        for (EntityLabel label : EntityLabel.values()) {
            String k = EntityKeys.key(label, s);
            if (k != null && mentionKeys.getOrDefault(label, Set.of()).contains(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The shortest run of final words whose initials are the acronym, else the shortest that spells it
     * ("We present [graph attention networks] (GATs)").
     */
    private static String shortestSpelling(List<String> words, String acronym) {
        for (int i = words.size() - 2; i >= 0; i--) {
            String candidate = String.join(" ", words.subList(i, words.size()));
            if (Acronyms.initialsSpell(candidate, acronym)) {
                return candidate;
            }
        }
        for (int i = words.size() - 2; i >= 0; i--) {
            String candidate = String.join(" ", words.subList(i, words.size()));
            if (Acronyms.spells(candidate, acronym)) {
                return candidate;
            }
        }
        return null;
    }

    /** The text after the last sentence or clause end, so a long form never reaches into the previous one. */
    private static String clause(String before) {
        int cut = -1;
        for (int i = 0; i < before.length(); i++) {
            char c = before.charAt(i);
            boolean stop = "。!?;:,)".indexOf(c) >= 0 || (c == '.' && (i + 1 == before.length()
                    || Character.isWhitespace(before.charAt(i + 1))));
            if (stop) {
                cut = i;
            }
        }
        return before.substring(cut + 1).stripTrailing();
    }

    /**
     * The Latin words (hyphens kept) right before the parenthesis, after the last Chinese character
     * ("以BLEU" gives BLEU); empty when Chinese comes last.
     */
    private static List<String> latinWordsAtEnd(String before) {
        int lastHan = before.length() - 1;
        while (lastHan >= 0 && !Scripts.isHan(before.charAt(lastHan))) {
            lastHan--;
        }
        List<String> words = new ArrayList<>();
        for (String w : before.substring(lastHan + 1).strip().split("\\s+")) {
            if (!w.isEmpty() && (Scripts.hasLatin(w) || w.chars().allMatch(Character::isDigit))) {
                words.add(w);
            } else {
                words.clear(); // a symbol breaks the run: only the words right before the parenthesis count
            }
        }
        return words;
    }

    /**
     * Two to eight Latin words, no Chinese, not an acronym, not a citation ("Kipf and Welling 2017",
     * "Veličković et al."): "graph attention network".
     */
    private static boolean isEnglishLongForm(String s) {
        int words = s.strip().split("[\\s\\-]+").length;
        return !Scripts.hasHan(s) && Scripts.hasLatin(s) && !Acronyms.isAcronymShaped(s) && words >= 2 && words <= 8
                && !CITATION.matcher(s).find();
    }
}
