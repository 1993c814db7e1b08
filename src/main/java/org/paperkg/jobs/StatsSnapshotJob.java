package org.paperkg.jobs;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.Map;

/**
 * {@code stats}: a statistics snapshot (counts per label and relationship type, inputs per outcome,
 * failures by reason class), kept as the run's counts and published as the gauges
 * {@code paperkg.graph.nodes} and {@code paperkg.graph.relationships}.
 */
final class StatsSnapshotJob implements Job {

    private final GraphStatistics statistics;
    private final JobsProperties.Stats props;
    private final MultiGauge nodes;
    private final MultiGauge relationships;

    StatsSnapshotJob(GraphStatistics statistics, JobsProperties.Stats props, MeterRegistry meters) {
        this.statistics = statistics;
        this.props = props;
        this.nodes = MultiGauge.builder("paperkg.graph.nodes").description("Nodes per label at the last snapshot")
                .register(meters);
        this.relationships = MultiGauge.builder("paperkg.graph.relationships")
                .description("Relationships per type at the last snapshot").register(meters);
    }

    @Override
    public String name() {
        return "stats";
    }

    @Override
    public JobSchedule schedule() {
        return props;
    }

    @Override
    public void run(JobReport report) {
        GraphStatistics.Snapshot s = statistics.collect();
        s.flat().forEach(report::add);
        nodes.register(rows(s.nodes(), "label"), true);
        relationships.register(rows(s.relationships(), "type"), true);
    }

    private static java.util.List<MultiGauge.Row<?>> rows(Map<String, Long> counts, String tag) {
        return counts.entrySet().stream().<MultiGauge.Row<?>>map(e -> MultiGauge.Row.of(Tags.of(tag, e.getKey()),
                e.getValue())).toList();
    }
}
