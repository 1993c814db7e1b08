package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import org.paperkg.source.Paper;
import org.paperkg.source.PaperIds;
import tools.jackson.databind.JsonNode;

/**
 * Turns a validated comparison answer into a {@link MethodComparerResult}: labels back to paper ids,
 * and every method name checked against the text of the paper it is attributed to (case, width and
 * whitespace folded). What fails the check is dropped and listed.
 */
final class MethodComparerReading {

    private final List<Paper> packed;
    private final List<String> texts;
    private final List<String> dropped = new ArrayList<>();

    MethodComparerReading(List<Paper> packed) {
        this.packed = packed;
        this.texts = packed.stream().map(p -> PaperIds.normalizeText(p.headText())).toList();
    }

    MethodComparerResult read(JsonNode json, List<String> omitted, ExtractorInfo info) {
        List<MethodComparerResult.PaperMethods> papers = new ArrayList<>();
        for (JsonNode p : json.path("papers")) {
            int i = index(p.path("label").asString());
            if (i < 0) {
                dropped.add("paper " + p.path("label").asString() + " (no such label)");
                continue;
            }
            List<String> methods = new ArrayList<>();
            for (JsonNode m : p.path("methods")) {
                if (inText(i, m.asString(), "method " + m.asString() + " of " + packed.get(i).id())) {
                    methods.add(m.asString());
                }
            }
            papers.add(new MethodComparerResult.PaperMethods(packed.get(i).id(), methods, p.path("approach").asString()));
        }
        List<MethodComparerResult.Step> steps = new ArrayList<>();
        for (JsonNode s : json.path("evolution")) {
            String desc = "step " + s.path("fromMethod").asString() + " -> " + s.path("toMethod").asString();
            int from = index(s.path("fromLabel").asString());
            int to = index(s.path("toLabel").asString());
            if (from < 0 || to < 0) {
                dropped.add(desc + " (no such label)");
            } else if (inText(from, s.path("fromMethod").asString(), desc)
                    && inText(to, s.path("toMethod").asString(), desc)) {
                steps.add(new MethodComparerResult.Step(packed.get(from).id(), s.path("fromMethod").asString(),
                        packed.get(to).id(), s.path("toMethod").asString(), s.path("relation").asString(),
                        s.path("evidence").asString()));
            }
        }
        return new MethodComparerResult(json.path("topic").asString(), papers, steps, json.path("summary").asString(),
                omitted, dropped, info);
    }

    private int index(String label) {
        if (label == null || !label.matches("P\\d{1,3}")) {
            return -1;
        }
        int i = Integer.parseInt(label.substring(1)) - 1;
        return i < packed.size() ? i : -1;
    }

    private boolean inText(int paper, String name, String desc) {
        if (name != null && !name.isBlank() && texts.get(paper).contains(PaperIds.normalizeText(name))) {
            return true;
        }
        dropped.add(desc + " (" + name + " not in " + packed.get(paper).id() + ")");
        return false;
    }
}
