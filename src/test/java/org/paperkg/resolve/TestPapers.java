package org.paperkg.resolve;

import java.util.ArrayList;
import java.util.List;
import org.paperkg.extract.DatasetMention;
import org.paperkg.extract.DatasetRole;
import org.paperkg.extract.Extraction;
import org.paperkg.extract.ExtractionResult;
import org.paperkg.extract.ExtractorInfo;
import org.paperkg.extract.MethodMention;
import org.paperkg.extract.MethodRole;
import org.paperkg.extract.ResultMention;
import org.paperkg.extract.Summary;
import org.paperkg.extract.TaskMention;
import org.paperkg.ground.GroundedExtraction;
import org.paperkg.source.Paper;
import org.paperkg.source.Reference;

/** Small papers and extractions for the resolver tests. */
final class TestPapers {

    static final ExtractorInfo INFO = new ExtractorInfo("test", "none", "v0");

    private TestPapers() {
    }

    static Paper paper(String id, String abstractText) {
        return paper(id, abstractText, List.of());
    }

    static Paper paper(String id, String abstractText, List<Reference> references) {
        return new Paper(id, null, abstractText, null, null, null, null, null, null, null, null, null, references,
                "test");
    }

    static GroundedExtraction grounded(Extraction e) {
        return new GroundedExtraction(new ExtractionResult(e, INFO), List.of());
    }

    /** An extraction that mentions each name as a thing of the label, the sentence as evidence. */
    static Extraction mentioning(EntityLabel label, List<String> names, String evidence) {
        List<TaskMention> tasks = new ArrayList<>();
        List<MethodMention> methods = new ArrayList<>();
        List<DatasetMention> datasets = new ArrayList<>();
        List<ResultMention> results = new ArrayList<>();
        for (String n : names) {
            switch (label) {
                case Task -> tasks.add(new TaskMention(n, evidence));
                case Method -> methods.add(MethodMention.of(n, MethodRole.USED, evidence));
                case Dataset -> datasets.add(new DatasetMention(n, DatasetRole.USED, evidence));
                case Metric -> results.add(new ResultMention(n, "1", null, null, evidence));
            }
        }
        return new Extraction(Summary.EMPTY, tasks, methods, datasets, results);
    }

    static MethodMention method(String name, String acronym, MethodRole role, List<String> ext, List<String> improves,
            String evidence) {
        return new MethodMention(name, acronym, role, ext, improves, evidence);
    }

    static Extraction extraction(List<TaskMention> tasks, List<MethodMention> methods, List<DatasetMention> datasets,
            List<ResultMention> results) {
        return new Extraction(Summary.EMPTY, tasks, methods, datasets, results);
    }
}
