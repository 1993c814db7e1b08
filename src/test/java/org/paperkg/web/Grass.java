package org.paperkg.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A strict reader of Neo4j Browser's grass style format: {@code selector { property: value; ... }}
 * blocks and nothing else. Stricter than Browser's own lenient reader, which silently drops what it does
 * not understand (a second colon in a value, a comment): here those fail, naming the place.
 */
final class Grass {

    static final Set<String> NODE_PROPERTIES = Set.of("color", "border-color", "border-width",
            "text-color-internal", "font-size", "caption", "diameter");
    static final Set<String> RELATIONSHIP_PROPERTIES = Set.of("color", "shaft-width", "font-size", "padding",
            "text-color-external", "text-color-internal", "caption");

    private static final Pattern SELECTOR = Pattern.compile("(node|relationship)(\\.[A-Za-z_][A-Za-z0-9_]*)?");

    private Grass() {
    }

    /** Styles by selector ({@code node}, {@code node.Paper}, {@code relationship.CITES}). */
    static Map<String, Map<String, String>> parse(String text) {
        Map<String, Map<String, String>> styles = new LinkedHashMap<>();
        int at = 0;
        while (!text.substring(at).isBlank()) {
            int open = text.indexOf('{', at);
            if (open < 0) {
                throw new IllegalArgumentException("text after the last block: " + text.substring(at).strip());
            }
            String selector = text.substring(at, open).strip();
            if (!SELECTOR.matcher(selector).matches()) {
                throw new IllegalArgumentException("not a selector: " + selector);
            }
            int close = closingBrace(text, open + 1);
            if (styles.put(selector, declarations(selector, text.substring(open + 1, close))) != null) {
                throw new IllegalArgumentException("selector twice: " + selector);
            }
            at = close + 1;
        }
        return styles;
    }

    /** The brace that ends a block; braces inside quotes (captions such as '{title}') are text. */
    private static int closingBrace(String text, int from) {
        char quote = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '{') {
                throw new IllegalArgumentException("a block inside a block at offset " + i);
            } else if (c == '}') {
                return i;
            }
        }
        throw new IllegalArgumentException("a block without its closing brace");
    }

    private static Map<String, String> declarations(String selector, String body) {
        Set<String> allowed = selector.startsWith("node") ? NODE_PROPERTIES : RELATIONSHIP_PROPERTIES;
        Map<String, String> props = new LinkedHashMap<>();
        for (String declaration : body.split(";")) {
            if (declaration.isBlank()) {
                continue;
            }
            String[] kv = declaration.split(":");
            if (kv.length != 2 || !allowed.contains(kv[0].strip())) {
                throw new IllegalArgumentException(selector + ": not one of " + allowed + " with one value: "
                        + declaration.strip());
            }
            props.put(kv[0].strip(), kv[1].strip());
        }
        return props;
    }
}
