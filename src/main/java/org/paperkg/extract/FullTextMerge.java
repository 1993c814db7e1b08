package org.paperkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import org.paperkg.source.PaperIds;
import tools.jackson.databind.JsonNode;

/**
 * Merges the running extraction of a long paper with the model's update for the next part. The
 * model is asked to keep what it had, but may drop or rename items, so the merge is done here too:
 * union of both, deduplicated by normalized name (case, width and whitespace folded), the earlier
 * mention kept with the later one's additions. Lists are capped at the schema's {@code maxItems}.
 */
final class FullTextMerge {

    private final int maxTasks;
    private final int maxMethods;
    private final int maxDatasets;
    private final int maxResults;
    private final int maxExtends;
    private final int maxImprovesOn;

    FullTextMerge(JsonNode schema) {
        JsonNode p = schema.path("properties");
        this.maxTasks = p.path("tasks").path("maxItems").asInt(Integer.MAX_VALUE);
        this.maxMethods = p.path("methods").path("maxItems").asInt(Integer.MAX_VALUE);
        this.maxDatasets = p.path("datasets").path("maxItems").asInt(Integer.MAX_VALUE);
        this.maxResults = p.path("results").path("maxItems").asInt(Integer.MAX_VALUE);
        JsonNode m = p.path("methods").path("items").path("properties");
        this.maxExtends = m.path("extends").path("maxItems").asInt(Integer.MAX_VALUE);
        this.maxImprovesOn = m.path("improvesOn").path("maxItems").asInt(Integer.MAX_VALUE);
    }

    Extraction merge(Extraction before, Extraction update) {
        Summary a = before.summary();
        Summary b = update.summary();
        Summary summary = new Summary(later(a.researchProblem(), b.researchProblem()), later(a.method(), b.method()),
                later(a.results(), b.results()), later(a.dataContribution(), b.dataContribution()));
        return new Extraction(summary,
                union(before.tasks(), update.tasks(), TaskMention::name, (x, y) -> x, maxTasks),
                union(before.methods(), update.methods(), MethodMention::name, this::methods, maxMethods),
                union(before.datasets(), update.datasets(), DatasetMention::name, FullTextMerge::datasets, maxDatasets),
                union(before.results(), update.results(),
                        r -> String.join("\u0000", r.metric(), r.value(), String.valueOf(r.dataset()), String.valueOf(r.method())),
                        (x, y) -> x, maxResults));
    }

    private MethodMention methods(MethodMention x, MethodMention y) {
        MethodRole role = x.role() == MethodRole.PROPOSED || y.role() == MethodRole.PROPOSED ? MethodRole.PROPOSED : x.role();
        return new MethodMention(x.name(), x.acronym() != null ? x.acronym() : y.acronym(), role,
                names(x.extendsMethods(), y.extendsMethods(), maxExtends),
                names(x.improvesOn(), y.improvesOn(), maxImprovesOn), x.evidence());
    }

    private static DatasetMention datasets(DatasetMention x, DatasetMention y) {
        DatasetRole role = x.role() == DatasetRole.INTRODUCED || y.role() == DatasetRole.INTRODUCED
                ? DatasetRole.INTRODUCED : x.role();
        return new DatasetMention(x.name(), role, x.evidence());
    }

    private static List<String> names(List<String> x, List<String> y, int max) {
        return union(x, y, Function.identity(), (p, q) -> p, max);
    }

    private static <T> List<T> union(List<T> x, List<T> y, Function<T, String> name, BinaryOperator<T> combine, int max) {
        Map<String, T> byName = new LinkedHashMap<>();
        for (T t : x) {
            byName.merge(PaperIds.normalizeText(name.apply(t)), t, combine);
        }
        for (T t : y) {
            byName.merge(PaperIds.normalizeText(name.apply(t)), t, combine);
        }
        List<T> all = new ArrayList<>(byName.values());
        return all.size() <= max ? all : all.subList(0, max);
    }

    private static String later(String a, String b) {
        return b == null || b.isBlank() ? a : b;
    }
}
