package org.paperkg.extract;

/**
 * Turns full-width punctuation that a model used as JSON syntax into ASCII, leaving string values
 * alone: on Chinese input models sometimes write {@code ｛“name”：“模型”，…｝}. The scan tracks
 * whether it is inside a string and which quote opened it, so a {@code ”} inside an ASCII-quoted
 * value stays text, while a {@code “…”} pair outside strings becomes a string. On valid JSON it
 * changes nothing, because there no full-width mark can stand outside a string.
 */
final class LlmJsonRepair {

    private LlmJsonRepair() {
    }

    static String fullWidthSyntax(String s) {
        StringBuilder out = new StringBuilder(s.length());
        char openedBy = 0; // 0 outside a string, else '"' or '“'
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (openedBy == 0) {
                switch (c) {
                    case '"', '“', '”', '＂' -> {
                        openedBy = c == '"' ? '"' : '“';
                        out.append('"');
                    }
                    case '｛' -> out.append('{');
                    case '｝' -> out.append('}');
                    case '［' -> out.append('[');
                    case '］' -> out.append(']');
                    case '：' -> out.append(':');
                    case '，', '、' -> out.append(',');
                    case '\u3000' -> out.append(' ');
                    default -> out.append(c);
                }
            } else if (c == '\\' && i + 1 < s.length()) {
                out.append(c).append(s.charAt(++i));
            } else if (openedBy == '"' && c == '"') {
                openedBy = 0;
                out.append(c);
            } else if (openedBy == '“' && (c == '”' || c == '“' || c == '"' || c == '＂')) {
                // a value opened with a full-width quote ends at the next quote of any kind
                openedBy = 0;
                out.append('"');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
