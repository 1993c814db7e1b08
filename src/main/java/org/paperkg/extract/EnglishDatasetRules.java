package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Datasets in English text: "the Cora, Citeseer and Pubmed datasets", "benchmarks including X, Y",
 * "datasets: X and Y", "dataset (Reddit)", "training sets like ImageNet", "the One Billion Word
 * Benchmark", and "experiments on MNIST and 20NEWS". A dataset is INTRODUCED when the authors build
 * or release it right there ("we create a new Amazon2M data").
 */
final class EnglishDatasetRules {

    private static final Set<String> SET_QUALIFIERS = Set.of("training", "test", "validation", "evaluation", "data",
            "development", "dev");
    private static final Set<String> TITLE_HEADS = Set.of("Benchmark", "Corpus", "Dataset", "Treebank");
    private static final Set<String> NOT_AFTER = Set.of("based", "rely", "relies", "depends", "depend", "focus",
            "focuses", "work", "builds", "built");

    private EnglishDatasetRules() {
    }

    static void apply(Sent s, List<AcronymDef> defs, MentionCollector found) {
        if (s.title()) {
            return;
        }
        for (AcronymDef d : defs) {
            if (AcronymKinds.of(d) == AcronymKinds.Kind.DATASET) {
                found.dataset(d.acronym(), role(s, d.firstToken()), s.evidence());
            }
        }
        boolean evaluation = s.anyIn(0, s.size(), WordLists.EVAL_CUES);
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            if (isHead(s, i)) {
                boolean strict = t.is("data");
                for (Span name : namesBefore(s, i, strict)) {
                    found.dataset(name.text, role(s, name.first), s.evidence());
                }
                for (Span name : namesAfter(s, i + 1)) {
                    found.dataset(name.text, role(s, i), s.evidence());
                }
            } else if (TITLE_HEADS.contains(t.text()) && i > 0) {
                int k = i - 1;
                while (k >= 0 && i - k <= 4 && (NameShapes.isTitleCase(s.token(k).text()) || NameShapes.isNameLike(s.token(k).text()))) {
                    k--;
                }
                if (k < i - 1 && k >= 0) { // "the One Billion Word Benchmark", never sentence-initial
                    found.dataset(s.span(k + 1, i), role(s, k + 1), s.evidence());
                }
            } else if (t.is("on") && evaluation && !(i > 0 && s.token(i - 1).in(NOT_AFTER))) {
                int k = i + 1 < s.size() && s.token(i + 1).is("the") ? i + 2 : i + 1;
                for (Span name : readList(s, k, true)) {
                    found.dataset(name.text, DatasetRole.USED, s.evidence());
                }
            }
        }
    }

    /** A name and the index of its first token. */
    record Span(String text, int first) {
    }

    private static boolean isHead(Sent s, int i) {
        Token t = s.token(i);
        if (!t.isLowerWord() || i == 0) {
            return false;
        }
        if (t.is("set") || t.is("sets")) {
            return s.token(i - 1).in(SET_QUALIFIERS);
        }
        return t.in(WordLists.DATASET_HEADS) || t.is("data");
    }

    /** INTRODUCED when the authors' build or release verb stands within six tokens before the name. */
    private static DatasetRole role(Sent s, int at) {
        boolean authors = s.anyIn(0, s.size(), Set.of("we", "our"));
        return authors && s.anyIn(at - 6, at, WordLists.INTRO_VERBS) ? DatasetRole.INTRODUCED : DatasetRole.USED;
    }

    /** Names in a list right before the head, across up to three lower-case words ("citation network"). */
    private static List<Span> namesBefore(Sent s, int head, boolean strict) {
        int k = head - 1;
        int modifiers = 0;
        while (k >= 0 && modifiers < 3 && s.token(k).isLowerWord() && !s.token(k).is("and")
                && !s.token(k).in(WordLists.PREPOSITIONS) && !s.token(k).in(WordLists.DETERMINERS)) {
            k--;
            modifiers++;
        }
        List<Span> names = new ArrayList<>();
        while (k >= 0) {
            int end = k;
            while (k >= 0 && end - k < 3 && isNamePart(s, k, strict)) {
                k--;
            }
            if (k == end) {
                break;
            }
            names.add(0, new Span(s.span(k + 1, end), k + 1));
            while (k >= 0 && (s.token(k).is(",") || s.token(k).is("and") || s.token(k).is("or"))) {
                k--;
            }
        }
        return names;
    }

    /** Names after the head: "datasets: X, Y and Z", "benchmarks including X", "dataset (X)", "sets like X". */
    private static List<Span> namesAfter(Sent s, int i) {
        if (i >= s.size()) {
            return List.of();
        }
        Token t = s.token(i);
        if (t.is(":") || t.is("(") || t.is("including") || t.is("like")) {
            return readList(s, i + 1, false);
        }
        if (t.is("such") && i + 1 < s.size() && s.token(i + 1).is("as")) {
            return readList(s, i + 2, false);
        }
        return List.of();
    }

    /** A list of names from {@code from}; also used for the datasets in "sentiment analysis (SST, IMDb)". */
    static List<Span> readList(Sent s, int from, boolean strict) {
        List<Span> names = new ArrayList<>();
        int k = from;
        while (k < s.size()) {
            int start = k;
            while (k < s.size() && k - start < 3 && isNamePart(s, k, strict)) {
                k++;
            }
            if (k == start) {
                break;
            }
            names.add(new Span(s.span(start, k - 1), start));
            int sep = k;
            while (sep < s.size() && (s.token(sep).is(",") || s.token(sep).is("and") || s.token(sep).is("or"))) {
                sep++;
            }
            if (sep == k) {
                break;
            }
            k = sep;
        }
        return names;
    }

    /** A token that can be part of a dataset name: name-like, or (unless strict) capitalised mid-sentence, or a version. */
    private static boolean isNamePart(Sent s, int k, boolean strict) {
        String t = s.token(k).text();
        if (MetricLexicon.isMetricWord(t)) {
            return false;
        }
        if (NameShapes.isNameLike(t)) {
            return true;
        }
        return !strict && k > 0 && NameShapes.isTitleCase(t);
    }
}
