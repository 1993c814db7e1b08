package org.paperkg.graph;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.types.Entity;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

/**
 * Query results as plain maps, lists, strings, numbers and booleans, so callers outside this package
 * (the REST API) never see driver types: a node becomes its properties plus {@code _labels}, a
 * relationship its properties plus {@code _type}, a path its alternating nodes and relationships,
 * temporal values ISO text.
 */
final class PlainValues {

    private PlainValues() {
    }

    static Map<String, Object> row(Map<String, Object> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        row.forEach((k, v) -> out.put(k, plain(v)));
        return out;
    }

    static Object plain(Object v) {
        if (v instanceof Node n) {
            Map<String, Object> m = properties(n);
            List<String> labels = new ArrayList<>();
            n.labels().forEach(labels::add);
            m.put("_labels", labels);
            return m;
        }
        if (v instanceof Relationship r) {
            Map<String, Object> m = properties(r);
            m.put("_type", r.type());
            return m;
        }
        if (v instanceof Path p) {
            List<Object> parts = new ArrayList<>();
            p.forEach(segment -> {
                if (parts.isEmpty()) {
                    parts.add(plain(segment.start()));
                }
                parts.add(plain(segment.relationship()));
                parts.add(plain(segment.end()));
            });
            if (parts.isEmpty()) {
                parts.add(plain(p.start()));
            }
            return parts;
        }
        if (v instanceof Map<?, ?> map) {
            Map<String, Object> m = new LinkedHashMap<>();
            map.forEach((k, x) -> m.put(String.valueOf(k), plain(x)));
            return m;
        }
        if (v instanceof List<?> list) {
            return list.stream().map(PlainValues::plain).toList();
        }
        if (v instanceof TemporalAccessor || v instanceof org.neo4j.driver.types.IsoDuration
                || v instanceof org.neo4j.driver.types.Point) {
            return v.toString();
        }
        return v;
    }

    private static Map<String, Object> properties(Entity e) {
        Map<String, Object> m = new LinkedHashMap<>();
        e.asMap().forEach((k, x) -> m.put(k, plain(x)));
        return m;
    }
}

