package org.paperkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Gathers what the rules find for one paper, merging repeats: one entry per method (matched on
 * name or acronym), dataset, task and result, in the order first found. Not thread-safe; one per paper.
 */
final class MentionCollector {

    private static final int MAX_TASKS = 20;
    private static final int MAX_METHODS = 40;
    private static final int MAX_DATASETS = 40;
    private static final int MAX_RESULTS = 60;

    private final List<MethodDraft> methods = new ArrayList<>();
    private final Map<String, MethodDraft> methodIndex = new LinkedHashMap<>();
    private final Map<String, DatasetMention> datasets = new LinkedHashMap<>();
    private final Map<String, TaskMention> tasks = new LinkedHashMap<>();
    private final Map<String, ResultMention> results = new LinkedHashMap<>();
    private final Set<String> metrics = new LinkedHashSet<>();
    private final Set<String> taskAliases = new LinkedHashSet<>();

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** Adds a method or merges it into the one with the same name or acronym; returns the entry. */
    MethodDraft method(String name, String acronym, MethodRole role, String evidence) {
        if (name == null || name.isBlank() || isDataset(name) || isTask(name) || isMetric(name)) {
            return null;
        }
        MethodDraft found = findMethod(name);
        if (found == null && acronym != null) {
            found = findMethod(acronym);
        }
        if (found == null) {
            if (methods.size() >= MAX_METHODS) {
                return null;
            }
            found = new MethodDraft(name, acronym, role, evidence);
            methods.add(found);
        } else {
            found.merge(name, acronym, role, evidence);
        }
        methodIndex.put(key(found.name), found);
        if (found.acronym != null) {
            methodIndex.put(key(found.acronym), found);
        }
        return found;
    }

    MethodDraft findMethod(String nameOrAcronym) {
        return nameOrAcronym == null ? null : methodIndex.get(key(nameOrAcronym));
    }

    /** The first proposed method, or {@code null}. */
    MethodDraft proposed() {
        return methods.stream().filter(m -> m.role == MethodRole.PROPOSED).findFirst().orElse(null);
    }

    List<MethodDraft> methods() {
        return methods;
    }

    void dataset(String name, DatasetRole role, String evidence) {
        if (name == null || name.isBlank() || findMethod(name) != null || isMetric(name)) {
            return;
        }
        DatasetMention old = datasets.get(key(name));
        if (old == null && datasets.size() < MAX_DATASETS) {
            datasets.put(key(name), new DatasetMention(name, role, evidence));
        } else if (old != null && role == DatasetRole.INTRODUCED && old.role() != role) {
            datasets.put(key(name), new DatasetMention(old.name(), role, evidence));
        }
    }

    boolean isDataset(String name) {
        return datasets.containsKey(key(name));
    }

    List<DatasetMention> datasets() {
        return List.copyOf(datasets.values());
    }

    void task(String name, String evidence) {
        if (name != null && !name.isBlank() && tasks.size() < MAX_TASKS && !taskAliases.contains(key(name))) {
            tasks.putIfAbsent(key(name), new TaskMention(name, evidence));
        }
    }

    boolean isTask(String name) {
        return tasks.containsKey(key(name)) || taskAliases.contains(key(name));
    }

    /** Marks a task's acronym ("CF" for collaborative filtering), so no rule takes it for a method. */
    void taskAlias(String acronym) {
        taskAliases.add(key(acronym));
    }

    /** Marks a name as a metric, so no rule takes it for a method or dataset. */
    void metricName(String name) {
        metrics.add(key(name));
    }

    boolean isMetric(String name) {
        return metrics.contains(key(name));
    }

    void result(ResultMention r) {
        String k = key(r.metric()) + "\u0000" + r.value() + "\u0000" + r.dataset();
        if (results.size() < MAX_RESULTS) {
            results.putIfAbsent(k, r);
        }
    }

    /** The sentences that report results, for the summary. */
    List<String> resultEvidence() {
        return results.values().stream().map(ResultMention::evidence).distinct().toList();
    }

    /**
     * The extraction. Names that point at a method (extends, improvesOn, a result's method) are
     * rewritten to that method's final name, since a later sentence may have given its long form.
     */
    Extraction build(Summary summary) {
        List<MethodMention> ms = methods.stream().map(m -> canonical(m.toMention())).toList();
        List<ResultMention> rs = results.values().stream()
                .map(r -> new ResultMention(r.metric(), r.value(), r.dataset(), canonical(r.method()), r.evidence()))
                .toList();
        return new Extraction(summary, List.copyOf(tasks.values()), ms, List.copyOf(datasets.values()), rs);
    }

    private MethodMention canonical(MethodMention m) {
        List<String> ext = m.extendsMethods().stream().map(this::canonical).distinct().filter(n -> !n.equals(m.name())).toList();
        List<String> imp = m.improvesOn().stream().map(this::canonical).distinct().filter(n -> !n.equals(m.name())).toList();
        return new MethodMention(m.name(), m.acronym(), m.role(), ext, imp, m.evidence());
    }

    private String canonical(String name) {
        MethodDraft m = findMethod(name);
        return m == null ? name : m.name;
    }
}
