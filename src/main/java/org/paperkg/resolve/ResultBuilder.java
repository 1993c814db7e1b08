package org.paperkg.resolve;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.paperkg.extract.ResultMention;

/** Turns result mentions into result nodes keyed {@code paperId|methodKey|datasetKey|metricKey}. */
final class ResultBuilder {

    private ResultBuilder() {
    }

    /**
     * One node per key, the first mention winning (the key says what was measured, so a second value
     * for it is a repetition); sorted by key. A result whose metric has no key is skipped.
     */
    static List<ResultNode> results(String paperId, List<ResultMention> mentions, EntityTable entities) {
        Map<String, ResultNode> out = new LinkedHashMap<>();
        for (ResultMention r : mentions) {
            String metric = entities.add(EntityLabel.Metric, r.metric());
            if (metric == null) {
                continue;
            }
            String method = entities.add(EntityLabel.Method, r.method());
            String dataset = entities.add(EntityLabel.Dataset, r.dataset());
            String key = String.join("|", paperId, Objects.toString(method, ""), Objects.toString(dataset, ""), metric);
            ResultValues.Parsed v = ResultValues.parse(r.value());
            out.putIfAbsent(key, new ResultNode(key, r.value(), v.number(), v.unit(), method, dataset, metric,
                    r.evidence()));
        }
        return out.values().stream().sorted(Comparator.comparing(ResultNode::key)).toList();
    }
}
