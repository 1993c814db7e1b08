package org.paperkg.cli;

import org.paperkg.extract.MethodComparerResult;

/** A method comparison as a person reads it: topic, each paper's methods, the evolution steps, the summary. */
final class ComparisonText {

    private ComparisonText() {
    }

    static String format(MethodComparerResult r) {
        StringBuilder out = new StringBuilder();
        out.append("Topic: ").append(r.topic().isBlank() ? "(not stated)" : r.topic()).append("\n\nPapers:\n");
        for (MethodComparerResult.PaperMethods p : r.papers()) {
            out.append("  ").append(p.paperId()).append(": ").append(String.join(", ", p.methods()));
            if (p.approach() != null && !p.approach().isBlank()) {
                out.append(" — ").append(p.approach());
            }
            out.append('\n');
        }
        if (!r.evolution().isEmpty()) {
            out.append("\nEvolution:\n");
            for (MethodComparerResult.Step s : r.evolution()) {
                out.append("  ").append(s.toMethod()).append(" (").append(s.toPaperId()).append(") ")
                        .append(s.relation()).append(' ').append(s.fromMethod()).append(" (").append(s.fromPaperId())
                        .append(")\n");
            }
        }
        out.append("\nSummary: ").append(r.summary()).append('\n');
        if (!r.omitted().isEmpty()) {
            out.append("\nLeft out: ").append(String.join("; ", r.omitted())).append('\n');
        }
        if (!r.dropped().isEmpty()) {
            out.append("Dropped as unsupported by the texts: ").append(String.join("; ", r.dropped())).append('\n');
        }
        out.append("(").append(r.info().model()).append(", prompt ").append(r.info().promptVersion()).append(")\n");
        return out.toString();
    }
}
