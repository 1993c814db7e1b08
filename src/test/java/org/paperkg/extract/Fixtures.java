package org.paperkg.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.paperkg.source.Paper;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the test abstracts in {@code src/test/resources/extract/}. */
public final class Fixtures {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Fixtures() {
    }

    public static String text(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/extract/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource extract/" + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The papers of a JSON Lines fixture, by id. */
    public static Map<String, Paper> papers(String resource) {
        Map<String, Paper> out = new LinkedHashMap<>();
        for (String line : text(resource).split("\n")) {
            if (!line.isBlank()) {
                Paper p = paper(MAPPER.readTree(line));
                out.put(p.id(), p);
            }
        }
        return out;
    }

    static Paper paper(JsonNode n) {
        return new Paper(n.path("id").asString(), n.path("title").asString(null), n.path("abstract").asString(""),
                null, null, null, null, null, null, n.path("lang").asString(null), null, null, null, "jsonl");
    }

    /** The 73 English sample papers the project ships in {@code samples/papers/jsonl} (read from the project folder). */
    public static List<Paper> samplePapers() throws IOException {
        List<Paper> papers = new ArrayList<>();
        for (String file : List.of("method_lineage_gnn.jsonl", "method_lineage_transformer.jsonl")) {
            for (String line : Files.readAllLines(Path.of("samples", "papers", "jsonl", file))) {
                if (!line.isBlank()) {
                    papers.add(paper(MAPPER.readTree(line)));
                }
            }
        }
        return papers;
    }

    /** The seed example as a paper without title, as the sample file holds it. */
    public static Paper seed() {
        return new Paper("sha256:seed", null, text("seed-drug-target.zh.txt"), null, null, null, null, null, null,
                null, null, null, null, "text");
    }
}
