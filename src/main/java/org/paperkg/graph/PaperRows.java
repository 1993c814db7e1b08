package org.paperkg.graph;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.paperkg.extract.ExtractorInfo;
import org.paperkg.resolve.Citation;
import org.paperkg.resolve.EntityLabel;
import org.paperkg.resolve.EntityNode;
import org.paperkg.resolve.Fact;
import org.paperkg.resolve.PaperGraph;
import org.paperkg.resolve.ResultNode;
import org.paperkg.source.Author;
import org.paperkg.source.Paper;
import org.paperkg.source.PaperIds;

/**
 * The parameter rows of one batch of papers, one list per write statement. Values only: every
 * statement takes them as parameters, never as Cypher text.
 */
final class PaperRows {

    final List<String> ids = new ArrayList<>();
    final List<Map<String, Object>> papers = new ArrayList<>();
    final List<Map<String, Object>> paperKeys = new ArrayList<>();
    final List<Map<String, Object>> authors = new ArrayList<>();
    final List<Map<String, Object>> entities = new ArrayList<>();
    final List<Map<String, Object>> absorb = new ArrayList<>();
    final List<Map<String, Object>> facts = new ArrayList<>();
    final List<Map<String, Object>> links = new ArrayList<>();
    final List<Map<String, Object>> results = new ArrayList<>();
    final List<Map<String, Object>> citations = new ArrayList<>();

    PaperRows(List<PaperGraph> graphs, Instant at) {
        graphs.forEach(g -> add(g, at.toString()));
    }

    static String uid(EntityLabel label, String key) {
        return label.name() + ":" + key;
    }

    private void add(PaperGraph g, String at) {
        Paper p = g.paper();
        String id = p.id();
        ids.add(id);
        papers.add(Map.of("id", id, "props", paperProps(g, at)));
        paperKeys.add(nullable("id", id, "doi", p.doi(), "arxiv", p.arxiv(), "titleKey", PaperIds.titleKey(p.title()),
                "year", p.year()));
        int position = 0;
        for (Author a : p.authors()) {
            String key = a.orcid() != null ? "orcid:" + a.orcid() : "name:" + PaperIds.normalizeText(a.name());
            authors.add(nullable("paper", id, "key", key, "name", a.name(), "orcid", a.orcid(), "position", position++));
        }
        for (EntityNode e : g.entities()) {
            String uid = uid(e.label(), e.key());
            entities.add(nullable("uid", uid, "label", e.label().name(), "key", e.key(), "name", e.name(),
                    "acronym", e.acronym(), "aliases", e.aliases()));
            List<String> old = e.aliasKeys().stream().filter(k -> !k.equals(e.key())).map(k -> uid(e.label(), k)).toList();
            if (!old.isEmpty()) {
                absorb.add(Map.of("uid", uid, "oldUids", old));
            }
        }
        Map<String, Object> prov = provenance(g.info(), id, at);
        for (Fact f : g.facts()) {
            Map<String, Object> props = new HashMap<>(prov);
            props.put("evidence", f.evidence());
            String to = uid(f.type().target(), f.toKey());
            if (f.type().fromPaper()) {
                facts.add(Map.of("paper", id, "type", f.type().name(), "uid", to, "props", props));
            } else {
                links.add(Map.of("paper", id, "type", f.type().name(), "from", uid(EntityLabel.Method, f.fromKey()),
                        "to", to, "props", props));
            }
        }
        for (ResultNode r : g.results()) {
            Map<String, Object> props = new HashMap<>(prov);
            props.put("evidence", r.evidence());
            results.add(nullable("paper", id, "key", r.key(), "value", r.value(), "number", r.number(), "unit", r.unit(),
                    "method", r.methodKey() == null ? null : uid(EntityLabel.Method, r.methodKey()),
                    "dataset", r.datasetKey() == null ? null : uid(EntityLabel.Dataset, r.datasetKey()),
                    "metric", uid(EntityLabel.Metric, r.metricKey()), "props", props));
        }
        for (Citation c : g.citations()) {
            citations.add(nullable("paper", id, "targetId", c.targetId(), "title", c.title(), "year", c.year(),
                    "doi", c.doi(), "arxiv", c.arxiv(), "titleKey", c.titleKey()));
        }
    }

    private static Map<String, Object> paperProps(PaperGraph g, String at) {
        Paper p = g.paper();
        Map<String, Object> m = new HashMap<>();
        m.put("title", p.title());
        m.put("abstract", p.abstractText());
        m.put("year", p.year());
        m.put("venue", p.venue());
        m.put("doi", p.doi());
        m.put("arxiv", p.arxiv());
        m.put("pmid", p.pmid());
        m.put("lang", p.lang());
        m.put("keywords", p.keywords());
        m.put("readBy", p.readBy());
        m.put("titleKey", PaperIds.titleKey(p.title()));
        if (g.summary() != null) {
            m.put("researchProblem", g.summary().researchProblem());
            m.put("methodSummary", g.summary().method());
            m.put("resultsSummary", g.summary().results());
            m.put("dataContribution", g.summary().dataContribution());
        }
        m.put("extractor", g.info().extractor());
        m.put("model", g.info().model());
        m.put("promptVersion", g.info().promptVersion());
        m.put("droppedByGrounding", g.dropped());
        m.put("extractedAt", at);
        return m;
    }

    private static Map<String, Object> provenance(ExtractorInfo info, String paper, String at) {
        return nullable("paper", paper, "extractor", info.extractor(), "model", info.model(),
                "promptVersion", info.promptVersion(), "at", at);
    }

    /** Map.of that allows null values (the driver stores a null property as absent). */
    private static Map<String, Object> nullable(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
