package org.paperkg.graph;

import java.util.List;
import java.util.Map;

/**
 * What a write did.
 *
 * @param written ids of the papers stored
 * @param failed  ids of the papers that could not be stored, with the reason
 */
public record WriteReport(List<String> written, Map<String, String> failed) {
    public WriteReport {
        written = List.copyOf(written);
        failed = Map.copyOf(failed);
    }
}
