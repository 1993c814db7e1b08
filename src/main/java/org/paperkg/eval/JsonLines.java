package org.paperkg.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a JSON Lines gold file, naming the file and line in every error. */
final class JsonLines {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonLines() {
    }

    static List<JsonNode> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("gold file " + file + " does not exist");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold file " + file, e);
        }
        List<JsonNode> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                out.add(MAPPER.readTree(lines.get(i)));
            } catch (JacksonException e) {
                throw new IllegalArgumentException("gold file " + file + " line " + (i + 1) + " is not JSON: " + e.getOriginalMessage(), e);
            }
        }
        return out;
    }

    /** The strings of a JSON array. */
    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    /** A required field, or an error naming the document and field. */
    static JsonNode field(JsonNode doc, String name, Path file) {
        JsonNode n = doc.get(name);
        if (n == null || n.isNull()) {
            throw new IllegalArgumentException("gold file " + file + ": a document lacks field '" + name + "'");
        }
        return n;
    }
}
