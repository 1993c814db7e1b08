package org.paperkg.eval;

import org.paperkg.extract.EntityType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paperkg.extract.SentenceRole;

/**
 * The gold datasets the evaluation knows, where each split lives under the gold directory, and how
 * each dataset's labels map onto paper-kg's types and roles (documented in {@code docs-eval.md}).
 * Test splits are never read.
 */
public final class GoldDatasets {

    /** All dataset names, in report order. */
    public static final List<String> NAMES =
            List.of("scierc", "scier", "tdmsci", "scirex_abstracts", "scicn", "csabstruct", "raamove");

    static final Map<String, EntityType> SCIERC_TYPES = Map.of("Task", EntityType.TASK, "Method", EntityType.METHOD,
            "Material", EntityType.DATASET, "Metric", EntityType.METRIC);
    static final Map<String, EntityType> SCIER_TYPES = Map.of("Task", EntityType.TASK, "Method", EntityType.METHOD,
            "Dataset", EntityType.DATASET);
    static final Map<String, EntityType> SCICN_TYPES = Map.of("任务", EntityType.TASK, "方法", EntityType.METHOD,
            "材料", EntityType.DATASET, "评估指标", EntityType.METRIC);
    static final Map<String, SentenceRole> CSABSTRUCT_ROLES = Map.of("background", SentenceRole.BACKGROUND,
            "objective", SentenceRole.OBJECTIVE, "method", SentenceRole.METHOD, "result", SentenceRole.RESULT,
            "other", SentenceRole.OTHER);
    static final Map<String, SentenceRole> RAAMOVE_ROLES = Map.of("BAC", SentenceRole.BACKGROUND,
            "GAP", SentenceRole.BACKGROUND, "PUR", SentenceRole.OBJECTIVE, "CTN", SentenceRole.OBJECTIVE,
            "MTD", SentenceRole.METHOD, "RST", SentenceRole.RESULT, "CLN", SentenceRole.RESULT, "IMP", SentenceRole.RESULT);

    private static final Set<EntityType> SCIER_SET = Set.of(EntityType.TASK, EntityType.METHOD, EntityType.DATASET);
    private static final Set<EntityType> TDMSCI_SET = Set.of(EntityType.TASK, EntityType.DATASET, EntityType.METRIC);
    /** SciER papers are cut into pseudo-abstracts of this many sentences. */
    private static final int SCIER_CHUNK = 8;
    /** SciCN's last dev document is also its first test document. */
    private static final List<String> SCICN_LEAKED = List.of("2368");

    private GoldDatasets() {
    }

    /** Loads the named datasets' split from {@code goldDir}, laid out as the shared gold folder is. */
    public static List<Dataset> load(Path goldDir, Collection<String> names, Split split) {
        List<Dataset> out = new ArrayList<>();
        for (String name : names) {
            out.add(load(goldDir, name, split));
        }
        return out;
    }

    public static Dataset load(Path goldDir, String name, Split split) {
        boolean dev = split == Split.DEV;
        Set<EntityType> all = Set.of(EntityType.values());
        return switch (name) {
            case "scierc" -> new Dataset(name, new DygieReader("en", SCIERC_TYPES, false, 0, List.of())
                    .read(goldDir.resolve(dev ? "scierc/dev.json" : "scierc/train.json")), all, false);
            case "scier" -> new Dataset(name, new DygieReader("en", SCIER_TYPES, false, SCIER_CHUNK, List.of())
                    .read(goldDir.resolve(devOnly(name, split, "scier/plm_format/dev.jsonl"))), SCIER_SET, false);
            case "tdmsci" -> new Dataset(name, TdmSciReader.read(goldDir.resolve("tdmsci/train.conll"), split), TDMSCI_SET, false);
            case "scirex_abstracts" -> new Dataset(name, SciRexReader.read(
                    goldDir.resolve(devOnly(name, split, "scirex_abstracts/dev.jsonl")), SCIERC_TYPES), all, false);
            case "scicn" -> new Dataset(name, new DygieReader("zh", SCICN_TYPES, true, 0, SCICN_LEAKED)
                    .read(goldDir.resolve(devOnly(name, split, "scicn/dev.json"))), all, false);
            case "csabstruct" -> new Dataset(name, new RoleReader(name, CSABSTRUCT_ROLES)
                    .read(goldDir.resolve(dev ? "csabstruct/dev.jsonl" : "csabstruct/train.jsonl")), Set.of(), true);
            case "raamove" -> new Dataset(name, new RoleReader(name, RAAMOVE_ROLES)
                    .read(goldDir.resolve(devOnly(name, split, "raamove/dev.jsonl"))), Set.of(), true);
            default -> throw new IllegalArgumentException("unknown gold dataset '" + name + "'; known: " + NAMES);
        };
    }

    private static String devOnly(String name, Split split, String path) {
        if (split != Split.DEV) {
            throw new IllegalArgumentException("gold dataset '" + name + "' has no " + split + " split here (dev only)");
        }
        return path;
    }
}
