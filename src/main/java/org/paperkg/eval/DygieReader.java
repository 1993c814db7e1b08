package org.paperkg.eval;

import org.paperkg.extract.EntityType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads DyGIE-style JSON Lines (SciERC, SciCN, SciER's PLM format): {@code sentences} as token
 * lists, {@code ner} per sentence as {@code [start, end, label]} with document-level inclusive
 * token offsets. Long documents (SciER has full papers) are cut into chunks of whole sentences so
 * each gold document is abstract-sized.
 *
 * @param lang          {@code en} or {@code zh} (Chinese files have one character per token)
 * @param labels        dataset label to paper-kg type
 * @param titleFirst    the first sentence is the title (SciCN)
 * @param chunkSentences cut documents into this many sentences, 0 for never
 * @param skip          document keys to leave out
 */
record DygieReader(String lang, Map<String, EntityType> labels, boolean titleFirst, int chunkSentences,
        List<String> skip) {

    List<GoldDoc> read(Path file) {
        List<GoldDoc> docs = new ArrayList<>();
        for (JsonNode d : JsonLines.read(file)) {
            JsonNode key = d.has("doc_key") ? d.get("doc_key") : JsonLines.field(d, "doc_id", file);
            String id = key.asString();
            if (skip.contains(id)) {
                continue;
            }
            List<List<String>> sentences = new ArrayList<>();
            JsonLines.field(d, "sentences", file).forEach(s -> sentences.add(JsonLines.strings(s)));
            List<TokenSpan> spans = new ArrayList<>();
            JsonLines.field(d, "ner", file).forEach(sent -> sent.forEach(m ->
                    spans.add(new TokenSpan(m.get(0).asInt(), m.get(1).asInt() + 1, m.get(2).asString()))));
            int size = chunkSentences > 0 ? chunkSentences : sentences.size();
            int offset = 0;
            for (int from = 0; from < sentences.size(); from += size) {
                List<List<String>> part = sentences.subList(from, Math.min(sentences.size(), from + size));
                List<String> tokens = part.stream().flatMap(List::stream).toList();
                int lo = offset;
                int hi = offset + tokens.size();
                List<TokenSpan> inside = spans.stream().filter(s -> s.start() >= lo && s.end() <= hi)
                        .map(s -> new TokenSpan(s.start() - lo, s.end() - lo, s.label())).toList();
                int title = titleFirst && from == 0 ? part.get(0).size() : 0;
                String docId = size < sentences.size() ? id + "#" + (from / size) : id;
                docs.add(TokenDocs.build(docId, lang, tokens, title, inside, labels));
                offset = hi;
            }
        }
        return docs;
    }
}
