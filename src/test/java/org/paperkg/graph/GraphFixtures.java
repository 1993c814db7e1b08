package org.paperkg.graph;

import java.util.ArrayList;
import java.util.List;
import org.paperkg.extract.ExtractorInfo;
import org.paperkg.extract.Summary;
import org.paperkg.resolve.Citation;
import org.paperkg.resolve.EntityLabel;
import org.paperkg.resolve.EntityNode;
import org.paperkg.resolve.Fact;
import org.paperkg.resolve.FactType;
import org.paperkg.resolve.PaperGraph;
import org.paperkg.resolve.ResultNode;
import org.paperkg.source.Author;
import org.paperkg.source.Paper;

/** Hand-built resolved papers for writer tests. */
final class GraphFixtures {

    static final ExtractorInfo RULES = new ExtractorInfo("offline-v0", "rules", "v0-test");

    private GraphFixtures() {
    }

    static Paper paper(String id, String title, Integer year, String doi) {
        return new Paper(id, title, "Abstract of " + title, List.of(Author.named("Ada Lovelace")), year, null, doi, null,
                null, "en", List.of(), List.of(), List.of(), "jsonl");
    }

    static EntityNode entity(EntityLabel label, String key, String name, String... aliasKeys) {
        return new EntityNode(label, key, name, null, List.of(name), List.of(aliasKeys));
    }

    /** The worked example: GAT-DTA proposed, DrugInteract-v1 introduced, AUROC +5.7%. */
    static PaperGraph seed() {
        Paper p = paper("sha256:seed", "药物靶点预测", 2024, null);
        List<EntityNode> entities = List.of(
                entity(EntityLabel.Task, "药物靶点预测", "药物靶点预测"),
                entity(EntityLabel.Method, "gat-dta", "GAT-DTA"),
                entity(EntityLabel.Method, "gat", "GAT"),
                entity(EntityLabel.Dataset, "druginteract-v1", "DrugInteract-v1"),
                entity(EntityLabel.Metric, "auroc", "AUROC"));
        List<Fact> facts = List.of(
                new Fact(FactType.ADDRESSES, null, "药物靶点预测", "本文研究药物靶点预测。"),
                new Fact(FactType.PROPOSES, null, "gat-dta", "我们提出GAT-DTA。"),
                new Fact(FactType.INTRODUCES, null, "druginteract-v1", "构建了DrugInteract-v1数据集。"),
                new Fact(FactType.EXTENDS, "gat-dta", "gat", "GAT-DTA基于GAT。"));
        List<ResultNode> results = List.of(new ResultNode("sha256:seed|gat-dta|druginteract-v1|auroc", "+5.7%", 5.7, "%",
                "gat-dta", "druginteract-v1", "auroc", "AUROC提升5.7%。"));
        return new PaperGraph(p, new Summary("预测药物靶点", "GAT-DTA", "AUROC +5.7%", "DrugInteract-v1"), entities,
                facts, results, List.of(), RULES, 0);
    }

    /** A paper using one method, citing the given papers. */
    static PaperGraph using(Paper p, EntityNode method, Citation... cites) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(FactType.USES, null, method.key(), "We use " + method.name() + "."));
        return new PaperGraph(p, Summary.EMPTY, List.of(method), facts, List.of(), List.of(cites), RULES, 0);
    }
}
