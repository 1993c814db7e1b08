package org.paperkg.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Query rows as a plain-text table for a terminal: one column per returned key, lists joined with
 * commas, long cells cut so a row stays readable ({@code --json} gives every value in full).
 */
final class ResultTable {

    /** Cells longer than this are cut with an ellipsis. */
    static final int MAX_CELL = 80;

    private ResultTable() {
    }

    static String format(List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return "(no rows)\n";
        }
        Set<String> columns = new LinkedHashSet<>();
        rows.forEach(r -> columns.addAll(r.keySet()));
        List<String> header = List.copyOf(columns);
        List<List<String>> cells = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            cells.add(header.stream().map(c -> cell(row.get(c))).toList());
        }
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = header.get(i).length();
            for (List<String> r : cells) {
                widths[i] = Math.max(widths[i], r.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, header, widths);
        line(out, java.util.Arrays.stream(widths).mapToObj("-"::repeat).toList(), widths);
        cells.forEach(r -> line(out, r, widths));
        out.append(rows.size()).append(rows.size() == 1 ? " row\n" : " rows\n");
        return out.toString();
    }

    static String cell(Object value) {
        String s;
        if (value == null) {
            s = "";
        } else if (value instanceof Collection<?> c) {
            s = c.stream().map(ResultTable::cell).collect(Collectors.joining(", "));
        } else if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            s = String.valueOf(d.longValue());
        } else {
            s = String.valueOf(value);
        }
        s = s.replaceAll("\\s+", " ").strip();
        return s.length() > MAX_CELL ? s.substring(0, MAX_CELL - 1) + "…" : s;
    }

    /** One row, cells padded to their column's width, two spaces apart (the last cell unpadded). */
    private static void line(StringBuilder out, List<String> values, int[] widths) {
        for (int i = 0; i < values.size(); i++) {
            out.append(values.get(i));
            if (i < values.size() - 1) {
                out.append(" ".repeat(widths[i] - values.get(i).length() + 2));
            }
        }
        out.append('\n');
    }
}
