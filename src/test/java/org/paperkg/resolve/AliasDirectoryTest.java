package org.paperkg.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AliasDirectoryTest {

    private static final EntityLabel M = EntityLabel.Method;

    @Test
    void aStoredGraphTeachesTheDirectory() {
        AliasDirectory d = new AliasDirectory();
        d.load(List.of(new EntityNode(M, "gat", "graph attention networks", "GAT",
                List.of("graph attention networks", "GAT", "图注意力网络"), List.of("graph-attention-network"))));
        assertThat(d.resolve(M, "Graph Attention Network")).isEqualTo("gat");
        assertThat(d.resolve(M, "图注意力网络")).isEqualTo("gat");
        assertThat(d.resolve(EntityLabel.Task, "图注意力网络")).isEqualTo("图注意力网络"); // within its type only
        assertThat(d.aliasKeys(M, "gat")).containsExactly("graph-attention-network", "图注意力网络");
    }

    @Test
    void aStoredVariantAliasIsNotTakenForTheFamily() {
        AliasDirectory d = new AliasDirectory();
        d.load(List.of(new EntityNode(M, "bert", "BERT", null, List.of("BERT", "BERT-large"), List.of())));
        assertThat(d.resolve(M, "BERT-large")).isEqualTo("bert-large");
    }

    @Test
    void aStoredNodeOwnAcronymDoesNotJoinItsGroup() {
        AliasDirectory d = AliasDirectory.withCuratedAliases();
        d.load(List.of(
                new EntityNode(M, "gated-attention-transformer", "gated attention transformer", "GAT",
                        List.of("GAT", "gated attention transformer"), List.of()),
                new EntityNode(M, "sharpness-aware-minimization", "Sharpness-Aware Minimization", "SAM",
                        List.of("SAM", "Sharpness-Aware Minimization"), List.of())));
        assertThat(d.resolve(M, "GAT")).isEqualTo("gat");
        assertThat(d.resolve(M, "graph attention network")).isEqualTo("gat");
        assertThat(d.resolve(M, "gated attention transformers")).isEqualTo("gated-attention-transformer");
        assertThat(d.resolve(M, "SAM")).isEqualTo("sam");
    }

    @Test
    void theCanonicalKeyIsTheCuratedFirstNameElseTheShortestLatinName() {
        AliasDirectory d = AliasDirectory.withCuratedAliases();
        assertThat(d.resolve(EntityLabel.Metric, "acc")).isEqualTo("accuracy");
        assertThat(d.resolve(EntityLabel.Metric, "准确率")).isEqualTo("accuracy");
        AliasDirectory learned = new AliasDirectory();
        learned.linkSame(M, "图同构网络", "graph-isomorphism-network");
        assertThat(learned.canonical(M, "图同构网络")).isEqualTo("graph-isomorphism-network");
        learned.linkAcronym(M, "gin", "graph-isomorphism-network");
        assertThat(learned.canonical(M, "图同构网络")).isEqualTo("gin");
    }

    @Test
    void variantsAndAmbiguousAcronymsAreNeverLinked() {
        AliasDirectory d = AliasDirectory.withCuratedAliases();
        assertThat(d.linkAcronym(M, "bert-large", "bert")).isEqualTo(AliasLinks.Link.VARIANT);
        assertThat(d.linkAcronym(M, "sam", "segment-anything")).isEqualTo(AliasLinks.Link.AMBIGUOUS);
        assertThat(d.resolve(M, "Segment Anything Model")).isNotEqualTo(d.resolve(M, "SAM"));
        assertThat(d.refusedLinks()).isEqualTo(2);
    }

    @Test
    void anAcronymWithASecondUnlikeLongFormKeepsTheFirst() {
        AliasDirectory d = new AliasDirectory();
        assertThat(d.linkAcronym(M, "gat", "graph-attention-network")).isEqualTo(AliasLinks.Link.LINKED);
        assertThat(d.linkAcronym(M, "gat", "graph-attentional-network")).isEqualTo(AliasLinks.Link.LINKED);
        assertThat(d.linkAcronym(M, "gat", "gated-attention-transformer")).isEqualTo(AliasLinks.Link.CONFLICT);
        assertThat(d.canonical(M, "gated-attention-transformer")).isEqualTo("gated-attention-transformer");
        assertThat(d.canonical(M, "graph-attentional-network")).isEqualTo("gat");
    }

    @Test
    void oneLongFormWithTwoAcronymsIsOneThing() {
        AliasDirectory d = new AliasDirectory();
        d.linkAcronym(M, "gcnn", "graph-convolutional-network");
        d.linkAcronym(M, "gcn", "graph-convolutional-network");
        assertThat(d.canonical(M, "gcnn")).isEqualTo("gcn");
        assertThat(d.aliasKeys(M, "gcn")).containsExactly("gcnn", "graph-convolutional-network");
    }

    @Test
    void anOperatorAliasFileAddsGroupsAndNamesItsBadLines(@TempDir Path dir) throws IOException {
        Path good = dir.resolve("aliases.tsv");
        Files.writeString(good, "# mine\nsame\tMethod\tDTA-Net|drug target affinity network\nambiguous\tTask\tDTA\n");
        AliasDirectory d = new AliasDirectory();
        d.loadAliasFile(good);
        assertThat(d.resolve(M, "drug-target affinity network")).isEqualTo("dta-net");
        assertThat(d.isAmbiguous(EntityLabel.Task, "dta")).isTrue();

        Path bad = dir.resolve("bad.tsv");
        Files.writeString(bad, "same\tMethod\tA|B\nsame\tMethd\tX|Y\n");
        assertThatThrownBy(() -> new AliasDirectory().loadAliasFile(bad))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad.tsv line 2")
                .hasMessageContaining("unknown label 'Methd'");
        Files.writeString(bad, "same\tMethod\tonly-one\n");
        assertThatThrownBy(() -> new AliasDirectory().loadAliasFile(bad)).hasMessageContaining("at least two names");
        Files.writeString(bad, "same Method A|B\n");
        assertThatThrownBy(() -> new AliasDirectory().loadAliasFile(bad)).hasMessageContaining("3 tab-separated");
    }
}
