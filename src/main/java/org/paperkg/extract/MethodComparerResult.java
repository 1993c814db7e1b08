package org.paperkg.extract;

import java.util.List;

/**
 * How the methods of several papers compare and evolved, as the model read their abstracts, with
 * every method name checked against the text of the paper it is attributed to.
 *
 * @param topic     the shared task or area in the papers' words, or empty
 * @param papers    per paper, its methods and approach, in chronological order
 * @param evolution steps from a method of an earlier paper to one of a later paper
 * @param summary   a few sentences on how the methods evolved
 * @param omitted   ids of papers left out, each with the reason ({@code arxiv:… (no abstract)})
 * @param dropped   what the model said that the texts do not support, removed
 * @param info      model and prompt version
 */
public record MethodComparerResult(
        String topic, List<PaperMethods> papers, List<Step> evolution, String summary,
        List<String> omitted, List<String> dropped, ExtractorInfo info) {

    public MethodComparerResult {
        papers = List.copyOf(papers);
        evolution = List.copyOf(evolution);
        omitted = List.copyOf(omitted);
        dropped = List.copyOf(dropped);
    }

    /**
     * One paper's methods.
     *
     * @param paperId  the paper
     * @param methods  its methods, names as written
     * @param approach its approach in a sentence
     */
    public record PaperMethods(String paperId, List<String> methods, String approach) {
        public PaperMethods {
            methods = List.copyOf(methods);
        }
    }

    /**
     * A step of method evolution.
     *
     * @param fromPaperId the earlier paper
     * @param fromMethod  its method
     * @param toPaperId   the later paper
     * @param toMethod    its method
     * @param relation    {@code EXTENDS}, {@code IMPROVES_ON}, {@code REPLACES}, {@code COMBINES} or {@code VARIANT_OF}
     * @param evidence    the later paper's sentence that shows it
     */
    public record Step(String fromPaperId, String fromMethod, String toPaperId, String toMethod, String relation,
            String evidence) {
    }
}
