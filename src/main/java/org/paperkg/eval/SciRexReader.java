package org.paperkg.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.paperkg.extract.EntityType;
import tools.jackson.databind.JsonNode;

/**
 * Reads the SciREX-abstracts JSON Lines: {@code tokens} (title then abstract), {@code sentences} as
 * {@code [start, end)} token ranges (the first is the title) and {@code ner} as {@code [start, end,
 * label]} token ranges. All annotated mentions are gold, not only the salient entities', since the
 * evaluation scores mentions. The converter's section markers ({@code section : Abstract},
 * {@code document :}) are not part of the paper's text and are left out.
 */
final class SciRexReader {

    private SciRexReader() {
    }

    static List<GoldDoc> read(Path file, Map<String, EntityType> labels) {
        List<GoldDoc> docs = new ArrayList<>();
        for (JsonNode d : JsonLines.read(file)) {
            List<String> tokens = JsonLines.strings(JsonLines.field(d, "tokens", file));
            JsonNode sentences = JsonLines.field(d, "sentences", file);
            boolean[] drop = new boolean[tokens.size()];
            for (JsonNode s : sentences) {
                int from = s.get(0).asInt();
                int to = s.get(1).asInt();
                boolean marker = to - from >= 2 && to <= tokens.size() && tokens.get(from + 1).equals(":")
                        && (tokens.get(from).equals("section") || tokens.get(from).equals("document"));
                if (marker) {
                    // "document :" heads the title; "section : Abstract" is a sentence of its own
                    int end = tokens.get(from).equals("document") ? from + 2 : to;
                    for (int i = from; i < end; i++) {
                        drop[i] = true;
                    }
                }
            }
            int[] newIndex = new int[tokens.size() + 1];
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                newIndex[i] = kept.size();
                if (!drop[i]) {
                    kept.add(tokens.get(i));
                }
            }
            newIndex[tokens.size()] = kept.size();
            int title = newIndex[sentences.get(0).get(1).asInt()];
            List<TokenSpan> spans = new ArrayList<>();
            for (JsonNode m : JsonLines.field(d, "ner", file)) {
                int a = newIndex[m.get(0).asInt()];
                int b = newIndex[m.get(1).asInt()];
                if (b > a) {
                    spans.add(new TokenSpan(a, b, m.get(2).asString()));
                }
            }
            docs.add(TokenDocs.build(JsonLines.field(d, "doc_id", file).asString(), "en", kept, title, spans, labels));
        }
        return docs;
    }
}
