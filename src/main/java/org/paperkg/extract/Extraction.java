package org.paperkg.extract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * What an extractor read from one paper: the four elements as short summaries plus typed entities,
 * each with the sentence that supports it. The JSON form is {@code prompts/extraction.schema.json}.
 *
 * @param summary  the four elements (research problem, method, results, data contribution)
 * @param tasks    research tasks the paper addresses
 * @param methods  methods, each with its role in the paper
 * @param datasets datasets, each with its role in the paper
 * @param results  reported results
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Extraction(
        Summary summary,
        List<TaskMention> tasks,
        List<MethodMention> methods,
        List<DatasetMention> datasets,
        List<ResultMention> results) {

    public Extraction {
        summary = summary == null ? Summary.EMPTY : summary;
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        methods = methods == null ? List.of() : List.copyOf(methods);
        datasets = datasets == null ? List.of() : List.copyOf(datasets);
        results = results == null ? List.of() : List.copyOf(results);
    }

    public static final Extraction EMPTY = new Extraction(Summary.EMPTY, List.of(), List.of(), List.of(), List.of());

    /** Number of typed items (tasks, methods, datasets, results). */
    public int itemCount() {
        return tasks.size() + methods.size() + datasets.size() + results.size();
    }
}
