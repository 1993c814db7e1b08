package org.paperkg.extract;

import java.util.List;

/**
 * Tasks in English text: "the task of X", "X task(s)", "X benchmark(s)", "tasks such as X and Y",
 * "a method for X" in a proposal sentence, task acronyms ("named entity recognition (NER)"), and a
 * title ending in "for X". A task must end in a task word (classification, extraction, …) unless it
 * is a single name ("the VarMisuse task").
 */
final class EnglishTaskRules {

    private static final int MAX_WORDS = 6;

    private EnglishTaskRules() {
    }

    static void apply(Sent s, List<AcronymDef> defs, MentionCollector found) {
        if (s.title()) {
            titleTask(s, found);
            return;
        }
        boolean proposal = s.anyIn(0, s.size(), WordLists.PROPOSAL_VERBS) && s.anyIn(0, s.size(), WordLists.PROPOSAL_SUBJECTS);
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            Token next = i + 1 < s.size() ? s.token(i + 1) : null;
            if ((t.is("task") || t.is("tasks") || t.is("problem")) && next != null && next.is("of")) {
                forwardItems(s, skipDeterminer(s, i + 2), found);
            } else if (t.is("tasks") && next != null && (next.is(":") || next.is("including") || next.is("like"))) {
                forwardItems(s, i + 2, found);
            } else if (t.is("tasks") && next != null && next.is("such") && i + 2 < s.size() && s.token(i + 2).is("as")) {
                forwardItems(s, i + 3, found);
            } else if (t.is("task") || t.is("tasks")) {
                backwardItem(s, i, found, true);
            } else if (t.is("benchmark") || t.is("benchmarks")) {
                backwardItem(s, i, found, false); // "GLUE benchmark" is a dataset, not a task
            } else if (proposal && t.is("for")) {
                forwardItem(s, skipDeterminer(s, i + 1), found);
            }
        }
    }

    private static int skipDeterminer(Sent s, int i) {
        return i < s.size() && s.token(i).in(WordLists.DETERMINERS) ? i + 1 : i;
    }

    /** "… for Relation Extraction" at the end of a title. */
    private static void titleTask(Sent s, MentionCollector found) {
        for (int i = s.size() - 2; i >= 0 && i >= s.size() - MAX_WORDS - 1; i--) {
            if (s.token(i).is("for")) {
                int end = s.size() - 1;
                while (end > i && !s.token(end).isWord()) {
                    end--;
                }
                if (end > i && isTask(s, i + 1, end)) {
                    found.task(s.span(i + 1, end), s.evidence());
                }
                return;
            }
        }
    }

    private static void forwardItems(Sent s, int from, MentionCollector found) {
        int k = from;
        while (k < s.size()) {
            int end = forwardItem(s, k, found);
            if (end < 0 || end + 1 >= s.size()) {
                return;
            }
            if (s.token(end + 1).is("(")) { // "sentiment analysis (SST, IMDb)": the datasets of the task
                List<EnglishDatasetRules.Span> names = EnglishDatasetRules.readList(s, end + 2, true);
                int close = end + 2;
                while (close < s.size() && !s.token(close).is(")")) {
                    close++;
                }
                if (close < s.size() && !names.isEmpty()) {
                    names.forEach(n -> found.dataset(n.text(), DatasetRole.USED, s.evidence()));
                    end = close;
                }
            }
            int sep = end + 1;
            while (sep < s.size() && (s.token(sep).is(",") || s.token(sep).is("and") || s.token(sep).is("or"))) {
                sep++;
            }
            if (sep == end + 1) {
                return;
            }
            k = sep;
        }
    }

    /** Reads one task phrase from {@code from}; returns its last token index, or -1 when there is none. */
    private static int forwardItem(Sent s, int start, MentionCollector found) {
        int from = start;
        while (from < s.size() && s.token(from).in(WordLists.QUANTIFIERS)) {
            from++;
        }
        int k = from;
        while (k < s.size() && k - from < MAX_WORDS && isTaskWord(s, k)) {
            k++;
        }
        if (k == from) {
            return -1;
        }
        if (isTask(s, from, k - 1)) {
            found.task(s.span(from, k - 1), s.evidence());
        }
        return k - 1;
    }

    /** "the relation extraction task", "node and graph classification tasks". */
    private static void backwardItem(Sent s, int head, MentionCollector found, boolean nameAllowed) {
        int k = head - 1;
        boolean usedAnd = false;
        while (k >= 0 && head - k <= MAX_WORDS) {
            if (isTaskWord(s, k)) {
                k--;
            } else if (!usedAnd && s.token(k).is("and") && k < head - 1 && k > 0 && isTaskWord(s, k - 1)) {
                usedAnd = true;
                k--;
            } else if (s.token(k).is("to") && k > 0 && NameShapes.isTitleCase(s.token(k - 1).text())
                    && NameShapes.isTitleCase(s.token(k + 1).text())) {
                k--; // "English to French translation"
            } else {
                break;
            }
        }
        boolean single = k + 2 == head;
        if (k + 1 < head && isTask(s, k + 1, head - 1) && (nameAllowed || !single || !NameShapes.isNameLike(s.token(k + 1).text()))) {
            found.task(s.span(k + 1, head - 1), s.evidence());
        }
    }

    private static boolean isTaskWord(Sent s, int k) {
        Token t = s.token(k);
        if (t.in(WordLists.PREPOSITIONS) || t.in(WordLists.DETERMINERS) || t.in(WordLists.NOT_NAMES) || t.is("and")
                || t.is("or") || t.isNumber() || !t.isWord() || t.in(WordLists.QUANTIFIERS)) {
            return false;
        }
        return t.isLowerWord() || NameShapes.isNameLike(t.text()) || (k > 0 && NameShapes.isTitleCase(t.text()))
                || (s.title() && Character.isUpperCase(t.text().charAt(0))) || isLanguagePair(t.text());
    }

    /** "English-to-German": capitalised words joined by hyphens. */
    private static boolean isLanguagePair(String t) {
        if (t.indexOf('-') < 0) {
            return false;
        }
        for (String part : t.split("-")) {
            if (part.isEmpty() || !(NameShapes.isTitleCase(part) || part.equals(part.toLowerCase(java.util.Locale.ROOT)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTask(Sent s, int from, int to) {
        String last = AcronymKinds.lastPart(s.token(to).lower());
        if (from == to) {
            String only = s.token(to).text();
            boolean compound = only.indexOf('-') > 0; // "node-classification" is two words
            return NameShapes.isNameLike(only) && !MetricLexicon.isMetricWord(only)
                    || WordLists.TASK_HEADS.contains(last) && (compound || !WordLists.VAGUE_TASKS.contains(last));
        }
        return WordLists.TASK_HEADS.contains(last);
    }
}
