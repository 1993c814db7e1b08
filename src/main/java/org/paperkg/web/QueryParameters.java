package org.paperkg.web;

import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Query-string values as Cypher parameters: JSON numbers, booleans, null and arrays keep their type
 * (so {@code $year} compares with a stored integer); everything else is the string as given.
 */
final class QueryParameters {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private QueryParameters() {
    }

    static Object parse(String value) {
        String v = value.strip();
        if (v.isEmpty() || !(v.startsWith("[") || v.equals("true") || v.equals("false") || v.equals("null")
                || v.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?"))) {
            return value;
        }
        try {
            return plain(JSON.readTree(v));
        } catch (JacksonException e) {
            return value;
        }
    }

    private static Object plain(JsonNode n) {
        if (n.isArray()) {
            List<Object> out = new java.util.ArrayList<>();
            n.forEach(x -> out.add(plain(x)));
            return out;
        }
        if (n.isIntegralNumber()) {
            return n.asLong();
        }
        if (n.isNumber()) {
            return n.asDouble();
        }
        if (n.isBoolean()) {
            return n.asBoolean();
        }
        if (n.isNull()) {
            return null;
        }
        if (n.isObject()) {
            return JSON.convertValue(n, java.util.Map.class);
        }
        return n.asString();
    }
}
