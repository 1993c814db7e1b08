package org.paperkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds an extraction from the names found per sentence (by the tagger for English, by
 * {@link ChineseTermFinder} for Chinese), keeping from the rules what those do not cover: tasks,
 * methods and datasets are the found names (one entry per name, ignoring case), after the rules' own
 * when asked to keep them; methods and datasets take their role, acronym and lineage from the rules
 * when the rules found the same name; results (numbers) come from the rules, plus a tagged metric with a number next to it; the summary's research
 * problem, method and results are the sentences the role model labels objective, method and result,
 * with the rules' summary where no sentence has the role (or there are no roles), and the data
 * contribution is the rules'.
 */
final class TaggedExtraction {

    private static final int MAX_TASKS = 20;
    private static final int MAX_METHODS = 40;
    private static final int MAX_DATASETS = 40;
    private static final int MAX_RESULTS = 60;
    private static final int MAX_NAME = 200;
    private static final int MAX_SUMMARY = 600;

    private TaggedExtraction() {
    }

    /**
     * A typed name found in a sentence, with its tokens when a tagger found it (else {@code null}), and
     * for a metric the value a finder read next to it (else {@code null}: the value next to its tokens).
     */
    record Found(EntityType type, String name, TaggedSpan span, String value) {
    }

    /** The names of tagged token spans, leaving out spans that cannot be names. */
    static List<Found> names(Sent s, List<TaggedSpan> spans) {
        List<Found> out = new ArrayList<>();
        for (TaggedSpan span : spans) {
            String name = name(s, span);
            if (name != null) {
                out.add(new Found(span.type(), name, span, null));
            }
        }
        return out;
    }

    /**
     * @param sentences title (if any) then abstract sentences
     * @param found     the names found in each sentence
     * @param roles     the role of each abstract sentence (the title has none), same order; may be empty
     * @param rules     the v0 rules' extraction of the same text
     * @param keepRules start from the rules' tasks, methods and datasets rather than only the found names
     */
    static Extraction build(List<Sent> sentences, List<List<Found>> found, List<SentenceRole> roles, Extraction rules,
            boolean keepRules) {
        Map<String, TaskMention> tasks = new LinkedHashMap<>();
        Map<String, MethodMention> methods = new LinkedHashMap<>();
        Map<String, DatasetMention> datasets = new LinkedHashMap<>();
        List<ResultMention> results = new ArrayList<>(rules.results());
        Map<String, MethodMention> ruleMethods = new LinkedHashMap<>();
        for (MethodMention m : rules.methods()) {
            ruleMethods.putIfAbsent(key(m.name()), m);
            if (m.acronym() != null) {
                ruleMethods.putIfAbsent(key(m.acronym()), m);
            }
        }
        Map<String, DatasetMention> ruleDatasets = new LinkedHashMap<>();
        rules.datasets().forEach(d -> ruleDatasets.putIfAbsent(key(d.name()), d));
        if (keepRules) {
            rules.tasks().forEach(t -> tasks.putIfAbsent(key(t.name()), t));
            rules.methods().forEach(m -> methods.putIfAbsent(key(m.name()), m));
            rules.datasets().forEach(d -> datasets.putIfAbsent(key(d.name()), d));
        }
        for (int i = 0; i < sentences.size(); i++) {
            Sent s = sentences.get(i);
            for (Found f : found.get(i)) {
                String name = f.name();
                String k = key(name);
                switch (f.type()) {
                    case TASK -> {
                        if (tasks.size() < MAX_TASKS) {
                            tasks.putIfAbsent(k, new TaskMention(name, s.evidence()));
                        }
                    }
                    case METHOD -> {
                        MethodMention known = ruleMethods.get(k);
                        if (known != null) {
                            if (methods.size() < MAX_METHODS) {
                                methods.putIfAbsent(key(known.name()), known);
                            }
                        } else if (methods.size() < MAX_METHODS) {
                            methods.putIfAbsent(k, MethodMention.of(name, MethodRole.USED, s.evidence()));
                        }
                    }
                    case DATASET -> {
                        if (datasets.size() < MAX_DATASETS && (f.span() == null || TaggedDatasets.keep(s, f.span(), name))) {
                            DatasetMention known = ruleDatasets.get(k);
                            datasets.putIfAbsent(k, known != null ? known : new DatasetMention(name, DatasetRole.USED, s.evidence()));
                        }
                    }
                    case METRIC -> {
                        // a metric enters the graph only as a result, so only with a value next to it
                        String value = f.value() != null ? f.value()
                                : f.span() == null ? null : ResultRules.valueNear(s, f.span().from(), f.span().to() - 1);
                        if (value != null && results.size() < MAX_RESULTS) {
                            addResult(results, new ResultMention(name, value, null, null, s.evidence()));
                        }
                    }
                }
            }
        }
        return new Extraction(summary(sentences, roles, rules.summary()), List.copyOf(tasks.values()),
                List.copyOf(methods.values()), List.copyOf(datasets.values()), results);
    }

    /**
     * Adds a found metric's result unless the sentence already reports that value; when it does under
     * a shorter name the found one contains (精度 for 定位精度), the longer name replaces it.
     */
    private static void addResult(List<ResultMention> results, ResultMention found) {
        for (int i = 0; i < results.size(); i++) {
            ResultMention r = results.get(i);
            if (r.value().equals(found.value()) && r.evidence().equals(found.evidence())) {
                if (found.metric().length() > r.metric().length() && found.metric().contains(r.metric())) {
                    results.set(i, new ResultMention(found.metric(), r.value(), r.dataset(), r.method(), r.evidence()));
                }
                return;
            }
        }
        results.add(found);
    }

    /** The span's text as written, or {@code null} for spans that cannot be a name. */
    private static String name(Sent s, TaggedSpan span) {
        String name = s.span(span.from(), span.to() - 1).strip();
        int end = name.length();
        while (end > 0 && (Character.isWhitespace(name.charAt(end - 1)) || "([{,;:-–".indexOf(name.charAt(end - 1)) >= 0)) {
            end--; // a span the tagger ran one token too far: "SQuAD (" is SQuAD
        }
        name = name.substring(0, end);
        if (name.length() < 2 || name.length() > MAX_NAME || !Character.isLetterOrDigit(name.charAt(0))) {
            return null;
        }
        return name;
    }

    private static Summary summary(List<Sent> sentences, List<SentenceRole> roles, Summary rules) {
        if (roles.isEmpty()) {
            return rules;
        }
        int offset = sentences.size() - roles.size(); // the title has no role
        List<String> objective = new ArrayList<>();
        List<String> method = new ArrayList<>();
        List<String> result = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            String text = sentences.get(offset + i).text();
            switch (roles.get(i)) {
                case OBJECTIVE -> objective.add(text);
                case METHOD -> method.add(text);
                case RESULT -> result.add(text);
                default -> {
                }
            }
        }
        return new Summary(join(objective, 1, rules.researchProblem()), join(method, 2, rules.method()),
                join(result, 2, rules.results()), rules.dataContribution());
    }

    /** Up to {@code max} sentences that fit the schema's 600 characters, else the fallback. */
    private static String join(List<String> sentences, int max, String fallback) {
        StringBuilder out = new StringBuilder();
        for (String s : sentences) {
            if (max-- == 0 || out.length() + s.length() + 1 > MAX_SUMMARY) {
                break;
            }
            out.append(out.isEmpty() ? "" : " ").append(s);
        }
        return out.isEmpty() ? fallback : out.toString();
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
