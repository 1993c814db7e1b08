package org.paperkg.resolve;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paperkg.extract.DatasetMention;
import org.paperkg.extract.DatasetRole;
import org.paperkg.extract.Extraction;
import org.paperkg.extract.MethodMention;
import org.paperkg.extract.MethodRole;
import org.paperkg.extract.ResultMention;
import org.paperkg.extract.TaskMention;
import org.paperkg.ground.GroundedExtraction;
import org.paperkg.source.Paper;
import org.paperkg.source.Section;

/**
 * Resolves a grounded extraction against an {@link AliasDirectory}: the pairs the paper states
 * ("graph attention network (GAT)", "图神经网络（GNN）", a method's acronym) are linked in the
 * directory first, then every name gets its canonical key. Builds the entities (sizes and versions
 * with VARIANT_OF to their family), the paper's facts (ADDRESSES, PROPOSES/USES/COMPARES_TO,
 * INTRODUCES/EVALUATES_ON), lineage (EXTENDS, IMPROVES_ON, APPLIED_TO from each proposed method to
 * each task), results with number and unit, and citations. Each entity and fact once, sorted, so the
 * same paper against the same directory always gives the same graph. Thread-safe: one paper's links
 * and look-ups run under the directory's lock; the text scan runs outside it.
 */
public final class CanonicalResolver implements Resolver {

    private final AliasDirectory directory;

    /** @param directory shared by every resolver of the process; load it from the graph at start */
    public CanonicalResolver(AliasDirectory directory) {
        this.directory = directory;
    }

    @Override
    public PaperGraph resolve(Paper paper, GroundedExtraction grounded) {
        Extraction e = grounded.result().extraction();
        List<NamePair> pairs = pairs(paper, e);
        return directory.atomically(() -> build(paper, grounded, e, pairs));
    }

    @Override
    public void learn(Paper paper, GroundedExtraction grounded) {
        List<NamePair> pairs = pairs(paper, grounded.result().extraction());
        directory.atomically(() -> {
            new PaperKeys(directory).learn(pairs);
            return null;
        });
    }

    private static List<NamePair> pairs(Paper paper, Extraction e) {
        List<NamePair> pairs = new ArrayList<>(new PairFinder(mentionKeys(e)).find(text(paper)));
        pairs.addAll(acronymFields(e));
        return pairs;
    }

    private PaperGraph build(Paper paper, GroundedExtraction grounded, Extraction e, List<NamePair> pairs) {
        PaperKeys keys = new PaperKeys(directory);
        keys.learn(pairs);
        EntityTable entities = new EntityTable(keys);
        FactTable facts = new FactTable();
        for (MethodMention m : e.methods()) {
            String key = entities.add(EntityLabel.Method, m.name());
            if (m.acronym() != null && !m.acronym().isBlank()) {
                entities.add(EntityLabel.Method, m.acronym());
                entities.acronym(EntityLabel.Method, m.acronym());
            }
            facts.fromPaper(switch (m.role()) {
                case PROPOSED -> FactType.PROPOSES;
                case USED -> FactType.USES;
                case BASELINE -> FactType.COMPARES_TO;
            }, key, m.evidence());
            m.extendsMethods().forEach(x -> facts.between(FactType.EXTENDS, key,
                    entities.add(EntityLabel.Method, x), m.evidence()));
            m.improvesOn().forEach(x -> facts.between(FactType.IMPROVES_ON, key,
                    entities.add(EntityLabel.Method, x), m.evidence()));
        }
        for (TaskMention t : e.tasks()) {
            facts.fromPaper(FactType.ADDRESSES, entities.add(EntityLabel.Task, t.name()), t.evidence());
        }
        for (DatasetMention d : e.datasets()) {
            FactType type = d.role() == DatasetRole.INTRODUCED ? FactType.INTRODUCES : FactType.EVALUATES_ON;
            facts.fromPaper(type, entities.add(EntityLabel.Dataset, d.name()), d.evidence());
        }
        List<ResultNode> results = ResultBuilder.results(paper.id(), e.results(), entities);
        for (NamePair p : pairs) {
            entities.alias(p.label(), p.first());
            entities.alias(p.label(), p.second());
            if (p.acronym() && Acronyms.isAcronymShaped(p.first())) {
                entities.acronym(p.label(), p.first());
            }
        }
        lineage(e, entities, facts, keys);
        return new PaperGraph(paper, e.summary(), entities.nodes(), facts.sorted(), results, Citations.of(paper),
                grounded.result().info(), grounded.droppedCount());
    }

    /** VARIANT_OF for every method name that is a size or version; APPLIED_TO proposed method → task. */
    private static void lineage(Extraction e, EntityTable entities, FactTable facts, PaperKeys keys) {
        for (MethodMention m : e.methods()) {
            List<String> names = new ArrayList<>(m.extendsMethods());
            if (m.name() != null) {
                names.add(m.name());
            }
            names.addAll(m.improvesOn());
            for (String name : names) {
                String key = keys.key(EntityLabel.Method, name);
                if (key != null) {
                    Variants.addChain(name, key, m.evidence(), entities, facts, keys);
                }
            }
            if (m.role() == MethodRole.PROPOSED) {
                String key = keys.key(EntityLabel.Method, m.name());
                entities.keys(EntityLabel.Task).forEach(t -> facts.between(FactType.APPLIED_TO, key, t, m.evidence()));
            }
        }
        for (ResultMention r : e.results()) {
            String key = r.method() == null ? null : keys.key(EntityLabel.Method, r.method());
            if (key != null) {
                Variants.addChain(r.method(), key, r.evidence(), entities, facts, keys);
            }
        }
    }

    /** The acronym a mention carries, as a pair with its name (an English name must spell it). */
    private static List<NamePair> acronymFields(Extraction e) {
        List<NamePair> out = new ArrayList<>();
        for (MethodMention m : e.methods()) {
            String a = m.acronym();
            String n = m.name();
            if (a != null && n != null && Acronyms.isAcronymShaped(a.strip()) && !Acronyms.isAcronymShaped(n.strip())
                    && (Scripts.hasHan(n) || Acronyms.spells(n.strip(), a.strip()))) {
                out.add(new NamePair(EntityLabel.Method, a.strip(), n.strip(), true));
            }
        }
        return out;
    }

    /** Per label, the folded keys of every name the extraction mentions: pairs must touch one of them. */
    private static Map<EntityLabel, Set<String>> mentionKeys(Extraction e) {
        Map<EntityLabel, Set<String>> out = new EnumMap<>(EntityLabel.class);
        for (EntityLabel l : EntityLabel.values()) {
            out.put(l, new HashSet<>());
        }
        for (MethodMention m : e.methods()) {
            add(out, EntityLabel.Method, m.name());
            add(out, EntityLabel.Method, m.acronym());
            m.extendsMethods().forEach(x -> add(out, EntityLabel.Method, x));
            m.improvesOn().forEach(x -> add(out, EntityLabel.Method, x));
        }
        e.tasks().forEach(t -> add(out, EntityLabel.Task, t.name()));
        e.datasets().forEach(d -> add(out, EntityLabel.Dataset, d.name()));
        for (ResultMention r : e.results()) {
            add(out, EntityLabel.Metric, r.metric());
            add(out, EntityLabel.Method, r.method());
            add(out, EntityLabel.Dataset, r.dataset());
        }
        return out;
    }

    private static void add(Map<EntityLabel, Set<String>> out, EntityLabel label, String name) {
        String k = EntityKeys.key(label, name);
        if (k != null) {
            out.get(label).add(k);
        }
    }

    private static String text(Paper paper) {
        StringBuilder b = new StringBuilder(paper.headText());
        for (Section s : paper.sections()) {
            b.append('\n').append(s.text());
        }
        return b.toString();
    }
}
