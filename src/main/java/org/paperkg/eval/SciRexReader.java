package org.paperkg.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads the SciREX-abstracts JSON Lines: {@code tokens} (title then abstract), {@code sentences} as
 * {@code [start, end)} token ranges (the first is the title) and {@code ner} as {@code [start, end,
 * label]} token ranges. All annotated mentions are gold, not only the salient entities', since the
 * evaluation scores mentions.
 */
final class SciRexReader {

    private SciRexReader() {
    }

    static List<GoldDoc> read(Path file, Map<String, EntityType> labels) {
        List<GoldDoc> docs = new ArrayList<>();
        for (JsonNode d : JsonLines.read(file)) {
            List<String> tokens = JsonLines.strings(JsonLines.field(d, "tokens", file));
            int title = JsonLines.field(d, "sentences", file).get(0).get(1).asInt();
            List<TokenSpan> spans = new ArrayList<>();
            JsonLines.field(d, "ner", file).forEach(m ->
                    spans.add(new TokenSpan(m.get(0).asInt(), m.get(1).asInt(), m.get(2).asString())));
            docs.add(TokenDocs.build(JsonLines.field(d, "doc_id", file).asString(), "en", tokens, title, spans, labels));
        }
        return docs;
    }
}
