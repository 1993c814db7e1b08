package org.paperkg.eval;

import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/** The Markdown tables of evaluation reports. */
final class ReportTables {

    private ReportTables() {
    }

    /** One extractor's full report: overview, mentions per dataset and type, sentence roles. */
    static String single(EvalReport report) {
        StringBuilder md = new StringBuilder();
        md.append("# Evaluation of ").append(report.extractor().extractor()).append(" (model ")
                .append(report.extractor().model()).append(", version ").append(report.extractor().promptVersion())
                .append("), dev splits, ").append(report.threads()).append(" thread(s)\n\n");
        md.append("| dataset | docs | failures | items | grounding kept | abstracts/s |\n|---|---:|---:|---:|---:|---:|\n");
        for (DatasetReport d : report.datasets()) {
            md.append(f("| %s | %d | %d | %d | %.3f | %.1f |%n", d.dataset(), d.docs(), d.failures(), d.items(),
                    d.groundingKept(), d.docsPerSecond()));
        }
        md.append("\n## Mentions\n\n| dataset | type | gold | predicted | strict P | strict R | strict F1 | lenient P | lenient R | lenient F1 |\n")
                .append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (DatasetReport d : report.datasets()) {
            for (TypeScore t : d.types()) {
                md.append(f("| %s | %s | %d | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n", d.dataset(), t.type(),
                        t.strict().gold(), t.strict().predicted(), t.strict().precision(), t.strict().recall(),
                        t.strict().f1(), t.lenient().precision(), t.lenient().recall(), t.lenient().f1()));
            }
        }
        md.append("\n## Sentence roles\n\n| dataset | sentences | accuracy | macro-F1 | F1 per role |\n|---|---:|---:|---:|---|\n");
        for (DatasetReport d : report.datasets()) {
            if (d.roles() != null) {
                StringBuilder per = new StringBuilder();
                new TreeMap<>(d.roles().f1ByRole()).forEach((r, v) -> per.append(f("%s %.2f ", r, v)));
                md.append(f("| %s | %d | %.3f | %.3f | %s|%n", d.dataset(), d.roles().sentences(), d.roles().accuracy(),
                        d.roles().macroF1(), per));
            }
        }
        return md.toString();
    }

    /** The extractors side by side: F1 per dataset and type, role scores, grounding and speed. */
    static String comparison(List<EvalReport> reports) {
        StringBuilder md = new StringBuilder("# Extractors compared on the dev splits\n\nExtractors: ");
        for (EvalReport r : reports) {
            md.append(f("`%s` (%s, %s) ", r.extractor().extractor(), r.extractor().model(), r.extractor().promptVersion()));
        }
        md.append("\n\n## Mentions: F1 strict / lenient\n\n| dataset | type |");
        reports.forEach(r -> md.append(' ').append(r.extractor().extractor()).append(" |"));
        md.append("\n|---|---|").append("---:|".repeat(reports.size())).append('\n');
        EvalReport first = reports.get(0);
        for (int i = 0; i < first.datasets().size(); i++) {
            DatasetReport d = first.datasets().get(i);
            for (int k = 0; k < d.types().size(); k++) {
                md.append("| ").append(d.dataset()).append(" | ").append(d.types().get(k).type()).append(" |");
                for (EvalReport r : reports) {
                    TypeScore t = r.datasets().get(i).types().get(k);
                    md.append(f(" %.3f / %.3f |", t.strict().f1(), t.lenient().f1()));
                }
                md.append('\n');
            }
        }
        md.append("\n## Sentence roles: macro-F1 / accuracy\n\n| dataset |");
        reports.forEach(r -> md.append(' ').append(r.extractor().extractor()).append(" |"));
        md.append("\n|---|").append("---:|".repeat(reports.size())).append('\n');
        for (int i = 0; i < first.datasets().size(); i++) {
            if (first.datasets().get(i).roles() == null) {
                continue;
            }
            md.append("| ").append(first.datasets().get(i).dataset()).append(" |");
            for (EvalReport r : reports) {
                RoleScore s = r.datasets().get(i).roles();
                md.append(f(" %.3f / %.3f |", s.macroF1(), s.accuracy()));
            }
            md.append('\n');
        }
        md.append("\n## Grounding kept / abstracts per second\n\n| dataset |");
        reports.forEach(r -> md.append(' ').append(r.extractor().extractor()).append(" |"));
        md.append("\n|---|").append("---:|".repeat(reports.size())).append('\n');
        for (int i = 0; i < first.datasets().size(); i++) {
            md.append("| ").append(first.datasets().get(i).dataset()).append(" |");
            for (EvalReport r : reports) {
                DatasetReport d = r.datasets().get(i);
                md.append(f(" %.3f / %.1f |", d.groundingKept(), d.docsPerSecond()));
            }
            md.append('\n');
        }
        return md.toString();
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
