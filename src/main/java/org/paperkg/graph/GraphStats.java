package org.paperkg.graph;

import java.util.Map;
import java.util.TreeMap;

/**
 * What the graph holds.
 *
 * @param nodes         node counts per label (stub papers, known only from citations, not counted)
 * @param relationships relationship counts per type
 * @param stubPapers    papers known only from citations
 */
public record GraphStats(Map<String, Long> nodes, Map<String, Long> relationships, long stubPapers) {
    public GraphStats {
        nodes = new TreeMap<>(nodes);
        relationships = new TreeMap<>(relationships);
    }

    public long nodes(String label) {
        return nodes.getOrDefault(label, 0L);
    }

    public long relationships(String type) {
        return relationships.getOrDefault(type, 0L);
    }

    public long totalNodes() {
        return nodes.entrySet().stream().filter(e -> !e.getKey().equals("Entity")).mapToLong(Map.Entry::getValue).sum()
                + stubPapers;
    }

    public long totalRelationships() {
        return relationships.values().stream().mapToLong(Long::longValue).sum();
    }
}
