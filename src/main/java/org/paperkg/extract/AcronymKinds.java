package org.paperkg.extract;

/** What an acronym definition names, read from its long form's last word. */
final class AcronymKinds {

    enum Kind { METHOD, DATASET, TASK, METRIC, OTHER }

    private AcronymKinds() {
    }

    static Kind of(AcronymDef d) {
        String head = d.head();
        String longLower = d.longForm().toLowerCase(java.util.Locale.ROOT);
        if (WordLists.DATASET_HEADS.contains(head) || longLower.contains("dataset") || longLower.contains("corpus")) {
            return Kind.DATASET;
        }
        if (WordLists.METRIC_HEADS.contains(head) || MetricLexicon.isMetricWord(d.acronym())) {
            return Kind.METRIC;
        }
        if (WordLists.TASK_HEADS.contains(lastPart(head)) && d.longForm().split("\\s+").length <= 3
                && !WordLists.SPECIFIC_METHOD_HEADS.contains(head)) {
            return Kind.TASK;
        }
        if (WordLists.SPECIFIC_METHOD_HEADS.contains(head) || WordLists.GENERIC_METHOD_HEADS.contains(head)
                || NameShapes.isNameLike(d.longForm().substring(d.longForm().lastIndexOf(' ') + 1))) {
            return Kind.METHOD;
        }
        return Kind.OTHER;
    }

    /** The last part of a hyphenated word: "node-classification" → "classification". */
    static String lastPart(String word) {
        int dash = word.lastIndexOf('-');
        return dash >= 0 ? word.substring(dash + 1) : word;
    }
}
