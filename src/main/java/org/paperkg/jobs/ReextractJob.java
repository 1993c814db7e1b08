package org.paperkg.jobs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.paperkg.extract.ExtractorInfo;
import org.paperkg.graph.GraphReader;
import org.paperkg.pipeline.Reextraction;
import org.paperkg.source.Paper;

/**
 * {@code reextract}: papers whose facts an older model or prompt version made (or the offline stand-in,
 * while the LLM server was down) are extracted again with the current extractor, in bounded batches.
 * Each paper's old facts are replaced in one transaction, so none is ever half old, half new. The papers
 * are rebuilt from the graph (metadata, authors, citations), so the source files need not be kept.
 */
final class ReextractJob implements Job {

    private final GraphReader reader;
    private final Reextraction reextraction;
    private final ExtractorInfo current;
    private final JobsProperties.Reextract props;

    ReextractJob(GraphReader reader, Reextraction reextraction, ExtractorInfo current, JobsProperties.Reextract props) {
        this.reader = reader;
        this.reextraction = reextraction;
        this.current = current;
        this.props = props;
    }

    @Override
    public String name() {
        return "reextract";
    }

    @Override
    public JobSchedule schedule() {
        return props;
    }

    @Override
    public void run(JobReport report) {
        List<String> leaveOut = new ArrayList<>();
        for (int batch = 0; batch < props.maxBatches(); batch++) {
            List<Paper> papers = stale(leaveOut);
            if (papers.isEmpty()) {
                return;
            }
            Reextraction.Result r = reextraction.reextract(papers);
            report.add("batches", 1);
            report.add("rewritten", r.rewritten().size());
            report.add("failed", r.failed().size());
            report.add("pending", r.pending().size());
            r.failed().forEach((id, why) -> report.error(id + ": " + why));
            leaveOut.addAll(r.failed().keySet());
            if (!r.pending().isEmpty()) {
                report.error("extractor unavailable, the rest waits for the next run: " + r.pending().values().iterator().next());
                return;
            }
        }
    }

    private List<Paper> stale(List<String> leaveOut) {
        Map<String, Object> params = new HashMap<>();
        params.put("extractor", current.extractor());
        params.put("model", current.model());
        params.put("promptVersion", current.promptVersion());
        params.put("exclude", leaveOut);
        params.put("limit", props.batchSize());
        return reader.query("jobs/stale-papers", params).stream()
                .map(row -> StoredPaper.toPaper(asMap(row.get("paper")))).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o) {
        return (Map<String, Object>) o;
    }
}
