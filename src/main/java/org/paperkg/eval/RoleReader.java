package org.paperkg.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.paperkg.extract.SentenceRole;
import tools.jackson.databind.JsonNode;

/**
 * Reads sentence-role JSON Lines (CSAbstruct, RAAMove): {@code sentences} and {@code labels}, one
 * label per sentence, mapped onto paper-kg's roles. The abstract is the sentences joined by spaces.
 *
 * @param labels dataset label to role; an unknown label is an error
 */
record RoleReader(String dataset, Map<String, SentenceRole> labels) {

    List<GoldDoc> read(Path file) {
        List<GoldDoc> docs = new ArrayList<>();
        List<JsonNode> lines = JsonLines.read(file);
        for (int i = 0; i < lines.size(); i++) {
            JsonNode d = lines.get(i);
            List<String> sentences = JsonLines.strings(JsonLines.field(d, "sentences", file));
            List<String> tags = JsonLines.strings(JsonLines.field(d, "labels", file));
            if (sentences.size() != tags.size()) {
                throw new IllegalArgumentException("gold file " + file + " document " + (i + 1) + ": "
                        + sentences.size() + " sentences but " + tags.size() + " labels");
            }
            List<GoldSentence> gold = new ArrayList<>();
            for (int k = 0; k < sentences.size(); k++) {
                SentenceRole role = labels.get(tags.get(k));
                if (role == null) {
                    throw new IllegalArgumentException("gold file " + file + " document " + (i + 1) + ": unknown label " + tags.get(k));
                }
                gold.add(new GoldSentence(sentences.get(k).strip(), role));
            }
            String id = d.has("idx") ? d.get("domain").asString("") + ":" + d.get("idx").asInt() : dataset + ":" + i;
            String text = String.join(" ", gold.stream().map(GoldSentence::text).toList());
            docs.add(new GoldDoc(id, "en", null, text, List.of(), gold));
        }
        return docs;
    }
}
