package org.paperkg.eval;

import org.paperkg.extract.EntityType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.paperkg.extract.Extraction;
import org.paperkg.extract.SentenceRole;

/** Accumulates the scores of one dataset, document by document. Not thread-safe. */
final class DatasetScorer {

    private final Dataset dataset;
    private final Map<EntityType, Prf> strict = new EnumMap<>(EntityType.class);
    private final Map<EntityType, Prf> lenient = new EnumMap<>(EntityType.class);
    private final RoleScorer roles = new RoleScorer();

    DatasetScorer(Dataset dataset) {
        this.dataset = dataset;
        for (EntityType t : dataset.types()) {
            strict.put(t, Prf.ZERO);
            lenient.put(t, Prf.ZERO);
        }
    }

    /** Scores the mentions an extraction names against one gold document. */
    void mentions(GoldDoc doc, Extraction extraction) {
        Map<EntityType, List<String>> names = PredictedNames.of(extraction);
        String text = doc.headText();
        for (EntityType t : strict.keySet()) {
            List<Span> gold = doc.mentions().stream().filter(m -> m.type() == t).map(m -> new Span(m.start(), m.end())).toList();
            List<Span> predicted = MentionLocator.locate(text, names.get(t));
            strict.merge(t, SpanScorer.strict(gold, predicted), Prf::plus);
            lenient.merge(t, SpanScorer.lenient(gold, predicted), Prf::plus);
        }
    }

    void roles(GoldDoc doc, List<SentenceRole> predicted) {
        roles.add(doc.sentences().stream().map(GoldSentence::role).toList(), predicted);
    }

    List<TypeScore> typeScores() {
        List<TypeScore> out = new ArrayList<>();
        Prf allStrict = Prf.ZERO;
        Prf allLenient = Prf.ZERO;
        for (EntityType t : strict.keySet()) {
            out.add(new TypeScore(t.name(), strict.get(t), lenient.get(t)));
            allStrict = allStrict.plus(strict.get(t));
            allLenient = allLenient.plus(lenient.get(t));
        }
        if (!out.isEmpty()) {
            out.add(new TypeScore("ALL", allStrict, allLenient));
        }
        return out;
    }

    RoleScore roleScore() {
        return dataset.roles() ? roles.score() : null;
    }
}
