package org.paperkg.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Merge precision and recall over {@code resolve/alias-pairs.tsv}. Every row with a statement is a
 * small paper mentioning names A and B; all of them are resolved first, into one directory that starts
 * with the curated aliases (as a corpus would be). Then each row asks for the keys of A and B: equal
 * keys are a merge. Run it alone with {@code mvn -o -q test -Dtest=AliasPairsTest}; it prints the figures.
 */
class AliasPairsTest {

    record Row(int line, EntityLabel label, String a, String b, boolean merge, String statement) {
    }

    @Test
    void noFalseMergeAndAtLeast95PercentOfMustMergePairsMerged() throws IOException {
        List<Row> rows = rows();
        Map<Row, Boolean> merged = outcomes(rows, false);
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<String> wrong = new ArrayList<>();
        for (Row r : rows) {
            boolean m = merged.get(r);
            tp += m && r.merge() ? 1 : 0;
            fp += m && !r.merge() ? 1 : 0;
            fn += !m && r.merge() ? 1 : 0;
            if (m != r.merge()) {
                wrong.add("line " + r.line() + ": " + r.label() + " '" + r.a() + "' / '" + r.b() + "' expected "
                        + (r.merge() ? "merge" : "apart"));
            }
        }
        long mustMerge = rows.stream().filter(Row::merge).count();
        double precision = tp + fp == 0 ? 1.0 : tp / (double) (tp + fp);
        double recall = tp / (double) mustMerge;
        System.out.printf("alias pairs: %d rows (%d must merge, %d must stay apart); merge precision %.3f"
                + " (%d/%d), recall %.3f (%d/%d)%n", rows.size(), mustMerge, rows.size() - mustMerge, precision, tp,
                tp + fp, recall, tp, mustMerge);
        wrong.forEach(w -> System.out.println("  " + w));

        assertThat(rows).hasSizeGreaterThanOrEqualTo(80);
        assertThat(mustMerge * 2).isBetween((long) rows.size() - 10, (long) rows.size() + 10);
        assertThat(fp).as("false merges: %s", wrong).isZero();
        assertThat(recall).as("missed merges: %s", wrong).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void theStatementsGiveTheSameOutcomesInReverseOrder() throws IOException {
        List<Row> rows = rows();
        assertThat(outcomes(rows, true)).isEqualTo(outcomes(rows, false));
    }

    /** Whether A and B got one key, per row, after resolving every statement (in file or reverse order). */
    private static Map<Row, Boolean> outcomes(List<Row> rows, boolean reverse) {
        AliasDirectory directory = AliasDirectory.withCuratedAliases();
        CanonicalResolver resolver = new CanonicalResolver(directory);
        List<Row> order = new ArrayList<>(rows);
        if (reverse) {
            java.util.Collections.reverse(order);
        }
        for (Row r : order) {
            if (r.statement() != null) {
                resolver.resolve(TestPapers.paper("sha256:line" + r.line(), r.statement()),
                        TestPapers.grounded(TestPapers.mentioning(r.label(), List.of(r.a(), r.b()), r.statement())));
            }
        }
        Map<Row, Boolean> out = new LinkedHashMap<>();
        for (Row r : rows) {
            out.put(r, directory.resolve(r.label(), r.a()).equals(directory.resolve(r.label(), r.b())));
        }
        return out;
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = AliasPairsTest.class.getResourceAsStream("/resolve/alias-pairs.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank() || lines[i].startsWith("#")) {
                    continue;
                }
                String[] c = lines[i].split("\t");
                rows.add(new Row(i + 1, EntityLabel.valueOf(c[0]), c[1], c[2], c[3].equals("merge"),
                        c[4].equals("-") ? null : c[4]));
            }
        }
        return rows;
    }
}
