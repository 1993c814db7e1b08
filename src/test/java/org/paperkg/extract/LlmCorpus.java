package org.paperkg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.paperkg.source.Paper;
import tools.jackson.databind.JsonNode;

/** The abstracts in src/test/resources/extract/llm/corpus (see SOURCES.md there) as papers. */
final class LlmCorpus {

    private LlmCorpus() {
    }

    /** 73 GNN and Transformer papers with titles and years. */
    static List<Paper> lineage() {
        return read("lineage.jsonl.gz");
    }

    /** Lineage, Chinese CSL, then CSAbstruct: 2,058 abstracts. */
    static List<Paper> all() {
        List<Paper> all = new ArrayList<>(read("lineage.jsonl.gz"));
        all.addAll(read("csl-zh.jsonl"));
        all.addAll(read("csabstruct.jsonl.gz"));
        return all;
    }

    static Paper byId(List<Paper> papers, String id) {
        return papers.stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no paper " + id + " in the corpus"));
    }

    private static List<Paper> read(String name) {
        String resource = "/extract/llm/corpus/" + name;
        try (InputStream raw = LlmCorpus.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalArgumentException("no corpus file " + resource);
            }
            InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            List<Paper> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                JsonNode o = LlmTestSupport.JSON.readTree(line);
                out.add(new Paper(o.path("id").asString(), o.path("title").asString(null),
                        o.path("abstract").asString(), List.of(), o.path("year").isInt() ? o.path("year").asInt() : null,
                        null, null, null, null, o.path("lang").asString(null), List.of(), List.of(), List.of(), "jsonl"));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
