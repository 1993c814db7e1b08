package org.paperkg.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.paperkg.graph.GraphReader;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Full-text search over papers (title, abstract) and entities (names, aliases). */
@RestController
@Tag(name = "search")
class SearchController {

    private static final int MAX_LIMIT = 100;

    private final GraphReader graph;

    SearchController(GraphReader graph) {
        this.graph = graph;
    }

    @Operation(summary = "Papers and entities matching the words, best first",
            description = "Words only: characters of Lucene's query syntax are taken literally.")
    @GetMapping("/api/search")
    List<Map<String, Object>> search(@RequestParam String q, @RequestParam(defaultValue = "20") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        return graph.query("read/search", Map.of("query", SearchText.toLucene(q), "limit", limit));
    }
}
