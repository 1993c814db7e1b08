package org.paperkg.graph;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.paperkg.resolve.FactType;
import org.paperkg.resolve.PaperGraph;

/**
 * A small graph with known lineage, written by the real writer: Transformer (2017) ← BERT (2018, stated
 * EXTENDS) ← SpanBERT (2019, stated IMPROVES_ON) and DistilBERT (2020, stated VARIANT_OF); RoBERTa (2019)
 * cites BERT without saying it builds on it; GCN (2016) ← GAT (2017) and GATv2 (2021) by citation only;
 * OldNet (2015) cites GAT, which is later than itself, and reports a gain of +5.0 F1 on SQuAD. SQuAD F1 results: BERT 93.2, RoBERTa 94.6,
 * SpanBERT 94.1, DistilBERT 90.0. Every paper has the author Ada Lovelace.
 */
public final class LineageWorld {

    public static final Instant WRITTEN_AT = Instant.parse("2026-01-01T00:00:00Z");
    public static final String TRANSFORMER = "10.1/transformer";
    public static final String BERT = "10.1/bert";
    public static final String ROBERTA = "10.1/roberta";
    public static final String SPANBERT = "10.1/spanbert";
    public static final String DISTILBERT = "10.1/distilbert";
    public static final String GCN = "10.1/gcn";
    public static final String GAT = "10.1/gat";
    public static final String OLDNET = "10.1/oldnet";
    public static final String GATV2 = "10.1/gatv2";

    private LineageWorld() {
    }

    /** Empties the test graph, writes the world and derives inferred lineage, as an ingest does. */
    public static void write() {
        TestNeo4j.clean();
        writeAndDerive(WRITTEN_AT, papers());
    }

    /** Writes these papers with a writer whose clock stands at {@code at}, then derives, as an ingest does. */
    public static void writeAndDerive(Instant at, List<PaperGraph> papers) {
        Neo4jGraphWriter writer = writer(at);
        writer.write(papers);
        writer.deriveWritten();
    }

    /** A writer whose clock stands still at {@code at}. */
    public static Neo4jGraphWriter writer(Instant at) {
        return new Neo4jGraphWriter(TestNeo4j.driver(), new CypherCatalog(), 50, Clock.fixed(at, ZoneOffset.UTC));
    }

    public static List<PaperGraph> papers() {
        return List.of(transformer(), bert(), roberta(true), spanbert(), distilbert(), gcn(), gat(), oldnet(), gatv2());
    }

    static PaperGraph transformer() {
        return new PaperGraphBuilder(TRANSFORMER, "Attention Is All You Need", 2017).proposes("transformer", "Transformer")
                .addresses("machine translation").evaluatesOn("wmt14", "WMT14").result("transformer", "wmt14", "BLEU", "28.4", 28.4)
                .build();
    }

    static PaperGraph bert() {
        return new PaperGraphBuilder(BERT, "BERT: Pre-training of Deep Bidirectional Transformers", 2018)
                .proposes("bert", "BERT").states(FactType.EXTENDS, "bert", "transformer", "Transformer")
                .addresses("question answering").evaluatesOn("squad", "SQuAD").evaluatesOn("glue", "GLUE")
                .result("bert", "squad", "F1", "93.2", 93.2).cites(TRANSFORMER).build();
    }

    /** RoBERTa, citing BERT (or not, to test that an edge goes when its evidence does). */
    static PaperGraph roberta(boolean citesBert) {
        PaperGraphBuilder b = new PaperGraphBuilder(ROBERTA, "RoBERTa: A Robustly Optimized BERT Pretraining Approach", 2019)
                .proposes("roberta", "RoBERTa").uses("bert", "BERT").addresses("question answering")
                .evaluatesOn("squad", "SQuAD").result("roberta", "squad", "F1", "94.6", 94.6).cites(SPANBERT);
        return (citesBert ? b.cites(BERT) : b).build();
    }

    static PaperGraph spanbert() {
        return new PaperGraphBuilder(SPANBERT, "SpanBERT: Improving Pre-training by Representing Spans", 2019)
                .proposes("spanbert", "SpanBERT").states(FactType.IMPROVES_ON, "spanbert", "bert", "BERT")
                .comparesTo("bert", "BERT").addresses("question answering").evaluatesOn("squad", "SQuAD")
                .result("spanbert", "squad", "F1", "94.1", 94.1).cites(BERT).cites(ROBERTA).build();
    }

    static PaperGraph distilbert() {
        return new PaperGraphBuilder(DISTILBERT, "DistilBERT, a distilled version of BERT", 2020)
                .proposes("distilbert", "DistilBERT").states(FactType.VARIANT_OF, "distilbert", "bert", "BERT")
                .comparesTo("bert", "BERT").evaluatesOn("glue", "GLUE").result("distilbert", "squad", "F1", "90.0", 90.0)
                .build();
    }

    static PaperGraph gcn() {
        return new PaperGraphBuilder(GCN, "Semi-Supervised Classification with Graph Convolutional Networks", 2016)
                .method("graph convolutional networks", "Graph Convolutional Networks", "GCN")
                .proposes("graph convolutional networks", "Graph Convolutional Networks").addresses("node classification")
                .evaluatesOn("cora", "Cora").result("graph convolutional networks", "cora", "accuracy", "81.5%", 81.5).build();
    }

    static PaperGraph gat() {
        return new PaperGraphBuilder(GAT, "Graph Attention Networks", 2017)
                .method("graph attention networks", "Graph Attention Networks", "GAT")
                .proposes("graph attention networks", "Graph Attention Networks").addresses("node classification")
                .evaluatesOn("cora", "Cora").result("graph attention networks", "cora", "accuracy", "83.0%", 83.0)
                .cites(GCN).build();
    }

    static PaperGraph oldnet() {
        return new PaperGraphBuilder(OLDNET, "An Older Network", 2015).proposes("oldnet", "OldNet")
                .addresses("node classification").evaluatesOn("cora", "Cora").cites(GAT)
                .result("oldnet", "squad", "F1", "+5.0", 5.0).build();
    }

    static PaperGraph gatv2() {
        return new PaperGraphBuilder(GATV2, "How Attentive are Graph Attention Networks?", 2021).proposes("gatv2", "GATv2")
                .addresses("graph regression").cites(GAT).build();
    }
}
