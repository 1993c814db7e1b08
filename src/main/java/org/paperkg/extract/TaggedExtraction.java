package org.paperkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds an English extraction from what the models found, keeping from the rules what the models
 * do not cover: tasks, methods and datasets are the tagger's mentions (one entry per name, ignoring
 * case), methods and datasets take their role, acronym and lineage from the rules when the rules
 * found the same name; results (numbers) come from the rules; the summary's research problem,
 * method and results are the sentences the role model labels objective, method and result, with the
 * rules' summary where no sentence has the role, and the data contribution is the rules'.
 */
final class TaggedExtraction {

    private static final int MAX_TASKS = 20;
    private static final int MAX_METHODS = 40;
    private static final int MAX_DATASETS = 40;
    private static final int MAX_NAME = 200;
    private static final int MAX_SUMMARY = 600;

    private TaggedExtraction() {
    }

    /**
     * @param sentences title (if any) then abstract sentences
     * @param spans     the tagger's mentions per sentence
     * @param roles     the role of each abstract sentence (the title has none), same order
     * @param rules     the v0 rules' extraction of the same text
     */
    static Extraction build(List<Sent> sentences, List<List<TaggedSpan>> spans, List<SentenceRole> roles, Extraction rules) {
        Map<String, TaskMention> tasks = new LinkedHashMap<>();
        Map<String, MethodMention> methods = new LinkedHashMap<>();
        Map<String, DatasetMention> datasets = new LinkedHashMap<>();
        Map<String, MethodMention> ruleMethods = new LinkedHashMap<>();
        for (MethodMention m : rules.methods()) {
            ruleMethods.putIfAbsent(key(m.name()), m);
            if (m.acronym() != null) {
                ruleMethods.putIfAbsent(key(m.acronym()), m);
            }
        }
        Map<String, DatasetMention> ruleDatasets = new LinkedHashMap<>();
        rules.datasets().forEach(d -> ruleDatasets.putIfAbsent(key(d.name()), d));
        for (int i = 0; i < sentences.size(); i++) {
            Sent s = sentences.get(i);
            for (TaggedSpan span : spans.get(i)) {
                String name = name(s, span);
                if (name == null) {
                    continue;
                }
                String k = key(name);
                switch (span.type()) {
                    case TASK -> {
                        if (tasks.size() < MAX_TASKS) {
                            tasks.putIfAbsent(k, new TaskMention(name, s.evidence()));
                        }
                    }
                    case METHOD -> {
                        MethodMention known = ruleMethods.get(k);
                        if (known != null) {
                            methods.putIfAbsent(key(known.name()), known);
                        } else if (methods.size() < MAX_METHODS) {
                            methods.putIfAbsent(k, MethodMention.of(name, MethodRole.USED, s.evidence()));
                        }
                    }
                    case DATASET -> {
                        if (datasets.size() < MAX_DATASETS) {
                            DatasetMention known = ruleDatasets.get(k);
                            datasets.putIfAbsent(k, known != null ? known : new DatasetMention(name, DatasetRole.USED, s.evidence()));
                        }
                    }
                    case METRIC -> {
                        // metrics enter the graph only with a value: results come from the rules
                    }
                }
            }
        }
        return new Extraction(summary(sentences, roles, rules.summary()), List.copyOf(tasks.values()),
                List.copyOf(methods.values()).subList(0, Math.min(MAX_METHODS, methods.size())),
                List.copyOf(datasets.values()), rules.results());
    }

    /** The span's text as written, or {@code null} for spans that cannot be a name. */
    private static String name(Sent s, TaggedSpan span) {
        String name = s.span(span.from(), span.to() - 1).strip();
        if (name.length() < 2 || name.length() > MAX_NAME || !Character.isLetterOrDigit(name.charAt(0))) {
            return null;
        }
        return name;
    }

    private static Summary summary(List<Sent> sentences, List<SentenceRole> roles, Summary rules) {
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
