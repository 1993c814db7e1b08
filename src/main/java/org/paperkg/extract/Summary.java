package org.paperkg.extract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The seed example's four elements, each a short summary in the paper's language, empty when the
 * text does not say.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Summary(String researchProblem, String method, String results, String dataContribution) {
    public static final Summary EMPTY = new Summary("", "", "", "");

    public Summary {
        researchProblem = researchProblem == null ? "" : researchProblem.strip();
        method = method == null ? "" : method.strip();
        results = results == null ? "" : results.strip();
        dataContribution = dataContribution == null ? "" : dataContribution.strip();
    }
}
