package org.paperkg.extract;

import java.util.List;

/**
 * Prints an extraction's four elements for people: in Chinese as the seed example's
 * {@code 【研究问题】…} lines, otherwise as labelled English lines.
 */
public final class ExtractionFormatter {

    private static final List<String> ZH_LABELS = List.of("【研究问题】", "【使用方法】", "【实验结果】", "【数据贡献】");
    private static final List<String> EN_LABELS =
            List.of("Research problem: ", "Method: ", "Results: ", "Data contribution: ");

    private ExtractionFormatter() {
    }

    /**
     * Four lines, one per element, joined by {@code \n} without a trailing newline. An element the
     * text does not state prints as {@code 无} / {@code not stated}.
     *
     * @param lang the paper's language; {@code null} guesses it from the summary
     */
    public static String format(Extraction extraction, String lang) {
        Summary s = extraction.summary();
        List<String> values = List.of(s.researchProblem(), s.method(), s.results(), s.dataContribution());
        String language = lang != null ? lang : Languages.detect(String.join(" ", values));
        boolean zh = language.startsWith("zh");
        List<String> labels = zh ? ZH_LABELS : EN_LABELS;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < labels.size(); i++) {
            if (i > 0) {
                out.append('\n');
            }
            String value = oneLine(values.get(i));
            out.append(labels.get(i)).append(value.isEmpty() ? (zh ? "无" : "not stated") : value);
        }
        return out.toString();
    }

    /** An element on one line: its own line breaks would break the four-line layout. */
    private static String oneLine(String value) {
        return value.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
