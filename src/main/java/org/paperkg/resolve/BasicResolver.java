package org.paperkg.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.paperkg.extract.DatasetMention;
import org.paperkg.extract.DatasetRole;
import org.paperkg.extract.Extraction;
import org.paperkg.extract.MethodMention;
import org.paperkg.extract.ResultMention;
import org.paperkg.extract.TaskMention;
import org.paperkg.ground.GroundedExtraction;
import org.paperkg.source.Paper;
import org.paperkg.source.PaperIds;
import org.paperkg.source.Reference;

/**
 * Resolution by folded name alone (NFKC, case, spacing and punctuation): the first, simplest resolver,
 * with citations from the paper's references.
 */
public final class BasicResolver implements Resolver {

    @Override
    public PaperGraph resolve(Paper paper, GroundedExtraction grounded) {
        Extraction e = grounded.result().extraction();
        Map<String, EntityNode> entities = new LinkedHashMap<>();
        Set<Fact> facts = new LinkedHashSet<>();
        List<ResultNode> results = new ArrayList<>();
        for (TaskMention t : e.tasks()) {
            String k = entity(entities, EntityLabel.Task, t.name(), null);
            facts.add(new Fact(FactType.ADDRESSES, null, k, t.evidence()));
        }
        for (MethodMention m : e.methods()) {
            String k = entity(entities, EntityLabel.Method, m.name(), m.acronym());
            FactType type = switch (m.role()) {
                case PROPOSED -> FactType.PROPOSES;
                case BASELINE -> FactType.COMPARES_TO;
                default -> FactType.USES;
            };
            facts.add(new Fact(type, null, k, m.evidence()));
            for (String base : m.extendsMethods()) {
                facts.add(new Fact(FactType.EXTENDS, k, entity(entities, EntityLabel.Method, base, null), m.evidence()));
            }
            for (String beaten : m.improvesOn()) {
                facts.add(new Fact(FactType.IMPROVES_ON, k, entity(entities, EntityLabel.Method, beaten, null), m.evidence()));
            }
        }
        for (DatasetMention d : e.datasets()) {
            String k = entity(entities, EntityLabel.Dataset, d.name(), null);
            facts.add(new Fact(d.role() == DatasetRole.INTRODUCED ? FactType.INTRODUCES : FactType.EVALUATES_ON, null, k,
                    d.evidence()));
        }
        for (ResultMention r : e.results()) {
            String metric = entity(entities, EntityLabel.Metric, r.metric(), null);
            String method = r.method() == null ? null : entity(entities, EntityLabel.Method, r.method(), null);
            String dataset = r.dataset() == null ? null : entity(entities, EntityLabel.Dataset, r.dataset(), null);
            String key = String.join("|", paper.id(), nz(method), nz(dataset), metric);
            if (results.stream().noneMatch(x -> x.key().equals(key))) {
                results.add(new ResultNode(key, r.value(), number(r.value()), r.value().contains("%") ? "%" : null,
                        method, dataset, metric, r.evidence()));
            }
        }
        return new PaperGraph(paper, e.summary(), List.copyOf(entities.values()), List.copyOf(facts), results,
                citations(paper), grounded.result().info(), grounded.droppedCount());
    }

    static String key(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
        return n.replaceAll("[\\s_]+", " ").replaceAll("[‐‑–—]", "-");
    }

    private static String entity(Map<String, EntityNode> entities, EntityLabel label, String name, String acronym) {
        String key = key(name);
        entities.putIfAbsent(label + ":" + key, new EntityNode(label, key, name.strip(), acronym, List.of(name.strip()),
                List.of()));
        return key;
    }

    private static List<Citation> citations(Paper paper) {
        Map<String, Citation> out = new LinkedHashMap<>();
        for (Reference r : paper.references()) {
            String doi = PaperIds.normalizeDoi(r.doi());
            String arxiv = PaperIds.normalizeArxiv(r.arxiv());
            String titleKey = PaperIds.titleKey(r.title());
            String id = doi != null ? "doi:" + doi : arxiv != null ? "arxiv:" + arxiv
                    : titleKey != null ? "ref:" + titleKey + "|" + (r.year() == null ? "" : r.year())
                    : r.id();
            if (id != null && !id.equals(paper.id())) {
                out.putIfAbsent(id, new Citation(id, r.title(), r.year(), doi, arxiv, titleKey));
            }
        }
        return List.copyOf(out.values());
    }

    private static Double number(String value) {
        var m = java.util.regex.Pattern.compile("[-+]?\\d+(?:\\.\\d+)?").matcher(value);
        return m.find() ? Double.valueOf(m.group()) : null;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
