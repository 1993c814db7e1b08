package org.paperkg.eval;

import org.paperkg.extract.EntityType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.paperkg.extract.DatasetMention;
import org.paperkg.extract.Extraction;
import org.paperkg.extract.MethodMention;
import org.paperkg.extract.ResultMention;
import org.paperkg.extract.TaskMention;

/**
 * The names an extraction gives per entity type: task names; method names and acronyms; dataset
 * names and the datasets results name; metric names of results (and the methods results name).
 * Duplicates (ignoring case and surrounding space) count once.
 */
final class PredictedNames {

    private PredictedNames() {
    }

    static Map<EntityType, List<String>> of(Extraction e) {
        Map<EntityType, Map<String, String>> byType = new EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values()) {
            byType.put(t, new LinkedHashMap<>());
        }
        for (TaskMention t : e.tasks()) {
            add(byType, EntityType.TASK, t.name());
        }
        for (MethodMention m : e.methods()) {
            add(byType, EntityType.METHOD, m.name());
            add(byType, EntityType.METHOD, m.acronym());
        }
        for (DatasetMention d : e.datasets()) {
            add(byType, EntityType.DATASET, d.name());
        }
        for (ResultMention r : e.results()) {
            add(byType, EntityType.METRIC, r.metric());
            add(byType, EntityType.DATASET, r.dataset());
            add(byType, EntityType.METHOD, r.method());
        }
        Map<EntityType, List<String>> out = new EnumMap<>(EntityType.class);
        byType.forEach((t, names) -> out.put(t, new ArrayList<>(names.values())));
        return out;
    }

    private static void add(Map<EntityType, Map<String, String>> byType, EntityType type, String name) {
        if (name != null && !name.isBlank()) {
            byType.get(type).putIfAbsent(name.strip().toLowerCase(Locale.ROOT), name.strip());
        }
    }
}
