package org.paperkg.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.paperkg.source.Paper;

/**
 * The offline extractor, version 0: hand-written rules for English and Chinese titles and abstracts.
 * Deterministic, CPU-only, no model. It keeps precision over recall: it only names what a pattern in
 * the text supports, and every name and evidence it returns is copied from the text. Thread-safe
 * (it holds no state).
 */
public final class RuleExtractor implements Extractor {

    public static final ExtractorInfo INFO = new ExtractorInfo("offline-rules", "rules-v0", "rules-v0");

    @Override
    public ExtractorInfo info() {
        return INFO;
    }

    @Override
    public ExtractionResult extract(Paper paper) throws ExtractionException {
        boolean noTitle = paper.title() == null || paper.title().isBlank();
        if (noTitle && !paper.hasAbstract()) {
            throw new ExtractionException("paper " + paper.id() + " has neither title nor abstract to extract from", false);
        }
        return new ExtractionResult(extract(paper.title(), paper.abstractText(), paper.lang()), INFO);
    }

    /**
     * Extracts from a title and abstract.
     *
     * @param lang the abstract's language, or {@code null} to guess it from the text
     */
    public Extraction extract(String title, String abstractText, String lang) {
        String text = abstractText == null ? "" : abstractText;
        String language = lang != null && !lang.isBlank() ? lang : Languages.detect((title == null ? "" : title) + "\n" + text);
        boolean zh = language.startsWith("zh");
        List<Sent> body = Sentences.split(text, zh ? "zh" : "en").stream().map(s -> Sent.of(s, false)).toList();
        Sent titleSent = title == null || title.isBlank() ? null : Sent.of(title.strip(), true);
        List<Sent> all = new ArrayList<>();
        if (titleSent != null) {
            all.add(titleSent);
        }
        all.addAll(body);
        MentionCollector found = new MentionCollector();
        if (zh) {
            chinese(all, body, found);
        } else {
            english(titleSent, all, body, found);
        }
        List<String> resultSentences = found.resultEvidence();
        return found.build(SummaryRules.build(body, zh, found, resultSentences));
    }

    private static void english(Sent title, List<Sent> all, List<Sent> body, MentionCollector found) {
        Map<Sent, List<AcronymDef>> defs = new IdentityHashMap<>();
        for (Sent s : all) {
            List<AcronymDef> d = AcronymFinder.find(s);
            defs.put(s, d);
            for (AcronymDef def : d) {
                AcronymKinds.Kind kind = AcronymKinds.of(def);
                if (kind == AcronymKinds.Kind.METRIC) {
                    found.metricName(def.acronym());
                } else if (kind == AcronymKinds.Kind.TASK) {
                    found.task(def.longForm(), s.evidence());
                    found.taskAlias(def.acronym()); // so the acronym is not read as a method
                }
            }
        }
        all.forEach(s -> EnglishProposalRules.apply(s, defs.get(s), found));
        all.forEach(s -> EnglishDatasetRules.apply(s, defs.get(s), found));
        if (title != null) {
            TitleRules.apply(title, body, found);
        }
        body.forEach(s -> EnglishMethodRules.relations(s, defs.get(s), found));
        all.forEach(s -> EnglishTaskRules.apply(s, defs.get(s), found));
        body.forEach(s -> ResultRules.english(s, found));
    }

    private static void chinese(List<Sent> all, List<Sent> body, MentionCollector found) {
        all.forEach(s -> ChineseTermRules.datasets(s, found));
        all.forEach(s -> ChineseMethodRules.proposals(s, found));
        all.forEach(s -> ChineseMethodRules.relations(s, found));
        all.forEach(s -> ChineseTermRules.tasks(s, found));
        body.forEach(s -> ChineseResultRules.apply(s, found));
    }
}
