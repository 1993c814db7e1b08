package org.paperkg.graph;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.paperkg.extract.ExtractorInfo;
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
 * statement takes them as parameters, never as Cypher text. Authors, facts, results and citations come
 * grouped by paper, so a statement finds each paper once rather than once per row. Authors, facts and
 * links are unique per paper (a repeated one keeps its last evidence), because the statements create
 * them outright: the paper's old ones were cleared in the same transaction, so there is nothing to
 * merge with. Entities are unique per batch, folded as the entity statement would fold them one after
 * another, so a popular entity is merged once per batch rather than once per paper naming it.
 */
final class PaperRows {

    final List<Map<String, Object>> papers = new ArrayList<>();
    final List<Map<String, Object>> paperKeys = new ArrayList<>();
    final List<Map<String, Object>> authors = new ArrayList<>();
    private final Map<String, Map<String, Object>> entityRows = new LinkedHashMap<>();
    final List<Map<String, Object>> entities;
    final List<Map<String, Object>> absorb = new ArrayList<>();
    final List<Map<String, Object>> facts = new ArrayList<>();
    private final Map<List<Object>, Map<String, Object>> linkRows = new LinkedHashMap<>();
    final List<Map<String, Object>> links;
    final List<Map<String, Object>> results = new ArrayList<>();
    final List<Map<String, Object>> citations = new ArrayList<>();

    /** @param hashes each paper's {@link #contentHash} by paper id */
    PaperRows(List<PaperGraph> graphs, Instant at, Map<String, String> hashes) {
        graphs.forEach(g -> add(g, at.toString(), hashes.get(g.paper().id())));
        entities = List.copyOf(entityRows.values());
        links = List.copyOf(linkRows.values());
    }

    /**
     * What a paper's write stores, as a hash: every record the writer reads from it, in their
     * canonical text form (records, lists and strings only, so the text is stable across runs).
     */
    static String contentHash(PaperGraph g) {
        return PaperIds.sha256(g.toString());
    }

    static String uid(EntityLabel label, String key) {
        return label.name() + ":" + key;
    }

    private void add(PaperGraph g, String at, String hash) {
        Paper p = g.paper();
        String id = p.id();
        papers.add(Map.of("id", id, "props", paperProps(g, at, hash)));
        paperKeys.add(nullable("id", id, "doi", p.doi(), "arxiv", p.arxiv(), "titleKey", PaperIds.titleKey(p.title()),
                "year", p.year()));
        Map<String, Map<String, Object>> wrote = new LinkedHashMap<>();
        int position = 0;
        for (Author a : p.authors()) {
            String key = a.orcid() != null ? "orcid:" + a.orcid() : "name:" + PaperIds.normalizeText(a.name());
            wrote.put(key, nullable("key", key, "name", a.name(), "orcid", a.orcid(), "position", position++));
        }
        perPaper(authors, id, wrote.values());
        g.entities().forEach(this::addEntity);
        Map<String, Object> prov = provenance(g.info(), id, at);
        Map<List<Object>, Map<String, Object>> paperFacts = new LinkedHashMap<>();
        for (Fact f : g.facts()) {
            Map<String, Object> props = new HashMap<>(prov);
            props.put("evidence", f.evidence());
            String to = uid(f.type().target(), f.toKey());
            String type = f.type().name();
            if (f.type().fromPaper()) {
                paperFacts.put(List.of(type, to), Map.of("type", type, "uid", to, "props", props));
            } else {
                String from = uid(EntityLabel.Method, f.fromKey());
                linkRows.put(List.of(id, type, from, to),
                        Map.of("paper", id, "type", type, "from", from, "to", to, "props", props));
            }
        }
        perPaper(facts, id, paperFacts.values());
        Map<String, Map<String, Object>> reported = new LinkedHashMap<>();
        for (ResultNode r : g.results()) {
            Map<String, Object> props = new HashMap<>(prov);
            props.put("evidence", r.evidence());
            reported.put(r.key(), nullable("key", r.key(), "value", r.value(), "number", r.number(), "unit", r.unit(),
                    "method", r.methodKey() == null ? null : uid(EntityLabel.Method, r.methodKey()),
                    "dataset", r.datasetKey() == null ? null : uid(EntityLabel.Dataset, r.datasetKey()),
                    "metric", uid(EntityLabel.Metric, r.metricKey()), "props", props));
        }
        perPaper(results, id, reported.values());
        perPaper(citations, id, g.citations().stream().map(c -> nullable("targetId", c.targetId(), "title", c.title(),
                "year", c.year(), "doi", c.doi(), "arxiv", c.arxiv(), "titleKey", c.titleKey())).toList());
    }

    /** A paper's rows for one statement, as {id, rows}; none when the paper has none. */
    private static void perPaper(List<Map<String, Object>> into, String id, Collection<Map<String, Object>> rows) {
        if (!rows.isEmpty()) {
            into.add(Map.of("id", id, "rows", List.copyOf(rows)));
        }
    }

    /**
     * Folds an entity into the batch's row for its uid as {@code write/entities-merge} folds a later row
     * into a stored node: the first name stays, the first acronym stays, new aliases are appended.
     */
    private void addEntity(EntityNode e) {
        String uid = uid(e.label(), e.key());
        Map<String, Object> row = entityRows.get(uid);
        if (row == null) {
            entityRows.put(uid, nullable("uid", uid, "label", e.label().name(), "key", e.key(), "name", e.name(),
                    "acronym", e.acronym(), "aliases", new ArrayList<>(e.aliases())));
        } else {
            row.putIfAbsent("acronym", e.acronym()); // also replaces a null: the first acronym given wins
            @SuppressWarnings("unchecked")
            List<String> aliases = (List<String>) row.get("aliases");
            e.aliases().stream().filter(a -> !aliases.contains(a)).forEach(aliases::add);
        }
        List<String> old = e.aliasKeys().stream().filter(k -> !k.equals(e.key())).map(k -> uid(e.label(), k)).toList();
        if (!old.isEmpty()) {
            absorb.add(Map.of("uid", uid, "oldUids", old));
        }
    }

    private static Map<String, Object> paperProps(PaperGraph g, String at, String hash) {
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
        m.put("contentHash", hash);
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
