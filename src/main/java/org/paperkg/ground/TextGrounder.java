package org.paperkg.ground;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.paperkg.extract.DatasetMention;
import org.paperkg.extract.Extraction;
import org.paperkg.extract.ExtractionResult;
import org.paperkg.extract.MethodMention;
import org.paperkg.extract.ResultMention;
import org.paperkg.extract.TaskMention;
import org.paperkg.source.Paper;

/**
 * Keeps what the paper's own text says. Every name (task, method or its acronym, dataset, metric,
 * result value, the methods a method extends or beats, a result's method and dataset) must occur in
 * the title, abstract or sections after folding (see {@link TextNormalizer}); what does not is
 * dropped and listed, and a result that names a dropped method or dataset loses that reference.
 * Evidence that is not in the text is replaced by the text's sentence containing the name. The
 * summary is a paraphrase by design and passes unchanged. Thread-safe.
 */
public final class TextGrounder implements Grounder {

    @Override
    public GroundedExtraction ground(Paper paper, ExtractionResult result) {
        SourceText text = new SourceText(paper);
        List<String> dropped = new ArrayList<>();
        Extraction e = result.extraction();

        List<TaskMention> tasks = new ArrayList<>();
        for (TaskMention t : e.tasks()) {
            if (!text.hasName(t.name())) {
                dropped.add("task:" + t.name() + " (not in text)");
            } else {
                tasks.add(new TaskMention(t.name(), evidence(text, t.evidence(), t.name())));
            }
        }
        MethodGrounding methods = new MethodGrounding(text, dropped);
        List<MethodMention> keptMethods = methods.ground(e.methods());
        List<DatasetMention> datasets = new ArrayList<>();
        Set<String> droppedDatasets = new HashSet<>();
        for (DatasetMention d : e.datasets()) {
            if (!text.hasName(d.name())) {
                dropped.add("dataset:" + d.name() + " (not in text)");
                droppedDatasets.add(key(d.name()));
            } else {
                datasets.add(new DatasetMention(d.name(), d.role(), evidence(text, d.evidence(), d.name())));
            }
        }
        List<ResultMention> results = new ArrayList<>();
        for (ResultMention r : e.results()) {
            ResultMention kept = groundResult(text, r, methods.droppedNames(), droppedDatasets, dropped);
            if (kept != null) {
                results.add(kept);
            }
        }
        Extraction grounded = new Extraction(e.summary(), tasks, keptMethods, datasets, results);
        return new GroundedExtraction(new ExtractionResult(grounded, result.info()), dropped);
    }

    private static ResultMention groundResult(SourceText text, ResultMention r, Set<String> droppedMethods,
            Set<String> droppedDatasets, List<String> dropped) {
        String label = "result:" + r.metric() + "=" + r.value();
        if (r.metric() == null || !text.hasName(r.metric())) {
            dropped.add(label + " (metric not in text)");
            return null;
        }
        if (r.value() == null || !text.hasValue(r.value())) {
            dropped.add(label + " (value not in text)");
            return null;
        }
        String dataset = r.dataset();
        if (dataset != null && (droppedDatasets.contains(key(dataset)) || !text.hasName(dataset))) {
            dropped.add("dataset:" + dataset + " of " + label + " (not in text)");
            dataset = null;
        }
        String method = r.method();
        if (method != null && (droppedMethods.contains(key(method)) || !text.hasName(method))) {
            dropped.add("method:" + method + " of " + label + " (not in text)");
            method = null;
        }
        String evidence = r.evidence();
        if (evidence == null || !text.hasSpan(evidence)) {
            String sentence = text.sentenceWith(r.metric(), r.value());
            evidence = sentence != null ? sentence : text.sentenceWith(r.value());
            if (evidence == null) {
                dropped.add(label + " (no sentence holds it)");
                return null;
            }
        }
        return new ResultMention(r.metric(), r.value(), dataset, method, evidence);
    }

    /** The evidence if the text holds it, else the sentence holding the name (the name is known to be there). */
    static String evidence(SourceText text, String evidence, String name) {
        if (evidence != null && !evidence.isBlank() && text.hasSpan(evidence)) {
            return evidence;
        }
        String sentence = text.sentenceWith(name);
        return sentence != null ? sentence : name;
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
