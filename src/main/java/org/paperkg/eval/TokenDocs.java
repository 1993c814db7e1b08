package org.paperkg.eval;

import org.paperkg.extract.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds a {@link GoldDoc} from tokens and token-offset gold spans, mapping the dataset's labels. */
final class TokenDocs {

    private TokenDocs() {
    }

    /**
     * @param titleTokens how many leading tokens form the title (0 for none); a newline is put after them
     *                    unless the last title token already is one
     * @param labels      the dataset's labels mapped to paper-kg types; spans with other labels are skipped
     */
    static GoldDoc build(String id, String lang, List<String> tokens, int titleTokens, List<TokenSpan> spans,
            Map<String, EntityType> labels) {
        List<String> all = new ArrayList<>(tokens);
        int shift = 0;
        boolean titled = titleTokens > 0 && titleTokens < tokens.size();
        if (titled && !tokens.get(titleTokens - 1).equals("\n")) {
            all.add(titleTokens, "\n");
            shift = 1;
        }
        TokenText tt = TokenText.of(all, "zh".equals(lang));
        String text = tt.text();
        List<GoldMention> mentions = new ArrayList<>();
        for (TokenSpan s : spans) {
            EntityType type = labels.get(s.label());
            if (type == null) {
                continue;
            }
            if (s.start() < 0 || s.end() > tokens.size() || s.end() <= s.start()) {
                throw new IllegalArgumentException("document " + id + ": span " + s + " outside its " + tokens.size() + " tokens");
            }
            int a = s.start() >= titleTokens ? s.start() + shift : s.start();
            int b = (s.end() - 1 >= titleTokens ? s.end() - 1 + shift : s.end() - 1);
            mentions.add(new GoldMention(type, tt.start(a), tt.end(b), text.substring(tt.start(a), tt.end(b))));
        }
        if (!titled) {
            return new GoldDoc(id, lang, null, text, mentions, List.of());
        }
        int nl = tt.start(titleTokens - 1 + shift);
        return new GoldDoc(id, lang, text.substring(0, nl), text.substring(nl + 1), mentions, List.of());
    }
}
