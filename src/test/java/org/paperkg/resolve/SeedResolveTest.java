package org.paperkg.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.paperkg.extract.ExtractionException;
import org.paperkg.extract.Fixtures;
import org.paperkg.extract.RuleExtractor;
import org.paperkg.ground.TextGrounder;
import org.paperkg.source.Paper;

/** The worked example through the offline extractor, the grounder and the resolver. */
class SeedResolveTest {

    private final CanonicalResolver resolver = new CanonicalResolver(AliasDirectory.withCuratedAliases());

    private PaperGraph resolveSeed() throws ExtractionException {
        Paper seed = Fixtures.seed();
        return resolver.resolve(seed, new TextGrounder().ground(seed, new RuleExtractor().extract(seed)));
    }

    @Test
    void proposesGatDtaIntroducesDrugInteractAndReportsAuroc() throws ExtractionException {
        PaperGraph g = resolveSeed();
        String firstSentence = Fixtures.text("seed-drug-target.zh.txt").lines().findFirst().orElseThrow().strip();

        assertThat(g.entities()).anySatisfy(n -> {
            assertThat(n.label()).isEqualTo(EntityLabel.Method);
            assertThat(n.key()).isEqualTo("gat-dta");
            assertThat(n.name()).isEqualTo("GAT-DTA");
        });
        assertThat(g.facts()).contains(new Fact(FactType.PROPOSES, null, "gat-dta", firstSentence));
        assertThat(g.facts()).filteredOn(f -> f.type() == FactType.INTRODUCES).singleElement()
                .satisfies(f -> assertThat(f.toKey()).isEqualTo("druginteract-v1"));
        assertThat(g.entities()).filteredOn(n -> n.key().equals("druginteract-v1")).singleElement()
                .satisfies(n -> assertThat(n.name()).isEqualTo("DrugInteract-v1"));
        assertThat(g.results()).singleElement().satisfies(r -> {
            assertThat(r.metricKey()).isEqualTo("auroc");
            assertThat(r.value()).isEqualTo("+5.7%");
            assertThat(r.number()).isEqualTo(5.7);
            assertThat(r.unit()).isEqualTo("%");
            assertThat(r.methodKey()).isEqualTo("gat-dta");
            assertThat(r.datasetKey()).isNull();
            assertThat(r.key()).isEqualTo("sha256:seed|gat-dta||auroc");
        });
    }

    @Test
    void lineageUsesCuratedChineseNamesAndLinksTheTask() throws ExtractionException {
        PaperGraph g = resolveSeed();
        // 图神经网络 is GNN in the curated file; 注意力融合机制 is known to no one and keeps its own key
        assertThat(g.facts()).filteredOn(f -> f.type() == FactType.EXTENDS)
                .extracting(Fact::fromKey, Fact::toKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("gat-dta", "gnn"),
                        org.assertj.core.groups.Tuple.tuple("gat-dta", "注意力融合机制"));
        assertThat(g.facts()).filteredOn(f -> f.type() == FactType.ADDRESSES).extracting(Fact::toKey)
                .containsExactly("药物靶点预测");
        assertThat(g.facts()).filteredOn(f -> f.type() == FactType.APPLIED_TO)
                .extracting(Fact::fromKey, Fact::toKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("gat-dta", "药物靶点预测"));
        assertThat(g.entities()).filteredOn(n -> n.key().equals("gnn")).singleElement().satisfies(n -> {
            assertThat(n.name()).isEqualTo("图神经网络");
            assertThat(n.aliasKeys()).contains("graph-neural-network", "图神经网络");
        });
        // the Chinese words before "(GAT-DTA)" are a description, not a name: no alias is made of them
        assertThat(g.entities()).filteredOn(n -> n.key().equals("gat-dta")).singleElement()
                .satisfies(n -> assertThat(n.aliasKeys()).isEmpty());
    }

    @Test
    void sameInputSameGraph() throws ExtractionException {
        assertThat(resolveSeed()).isEqualTo(resolveSeed());
    }
}
