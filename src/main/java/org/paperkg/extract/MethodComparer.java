package org.paperkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.paperkg.source.Paper;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The seed's cross-paper synthesis ("how did the methods evolve across these papers"): packs as many
 * of the papers' titles and abstracts, oldest first, as fit the context window, asks the model for a
 * structured comparison ({@code prompts/compare/}), validates it against its schema and keeps only
 * the method names each paper's own text contains.
 *
 * <p>One call: {@code new MethodComparer(props, client, PromptTemplates.comparison(), tokens).compare(papers)}.
 */
public final class MethodComparer {

    static final String SCHEMA_NAME = "method_comparison";

    private final LlmProperties props;
    private final PromptTemplates prompts;
    private final TokenCounter tokens;
    private final LlmJsonCall call;
    private final PromptSchema schema;
    private final ExtractorInfo info;
    private final int systemTokens;

    public MethodComparer(LlmProperties props, OpenAiChatClient client, PromptTemplates prompts, TokenCounter tokens) {
        this.props = props;
        this.prompts = prompts;
        this.tokens = tokens;
        this.call = new LlmJsonCall(client, new LlmResponseParser(JsonMapper.builder().build()), props);
        this.schema = new PromptSchema("/prompts/compare/comparison.schema.json", prompts.schema());
        this.info = new ExtractorInfo("llm-compare", props.model(), prompts.version());
        this.systemTokens = tokens.count(prompts.system());
    }

    public ExtractorInfo info() {
        return info;
    }

    /**
     * Compares the papers' methods.
     *
     * @throws ExtractionException when fewer than two papers have an abstract that fits, or as
     *                             {@link LlmExtractor#extract} for server and answer failures
     */
    public MethodComparerResult compare(List<Paper> papers) throws ExtractionException {
        List<Paper> packed = new ArrayList<>();
        List<String> omitted = new ArrayList<>();
        StringBuilder blocks = new StringBuilder();
        int room = props.contextTokens() - props.maxTokens() - LlmJsonCall.TEMPLATE_MARGIN - systemTokens
                - tokens.count(prompts.render("user.md", Map.of("count", "00", "papers", "")));
        for (Paper p : chronological(papers)) {
            if (!p.hasAbstract()) {
                omitted.add(p.id() + " (no abstract)");
                continue;
            }
            String block = "[P" + (packed.size() + 1) + "] " + (p.year() == null ? "" : p.year() + " · ")
                    + (p.title() == null ? "" : p.title().strip()) + "\n" + p.abstractText().strip() + "\n\n";
            int t = tokens.count(block);
            if (t > room) {
                omitted.add(p.id() + " (does not fit the " + props.contextTokens() + "-token context)");
                continue;
            }
            room -= t;
            packed.add(p);
            blocks.append(block);
        }
        if (packed.size() < 2) {
            throw new ExtractionException("a comparison needs at least two papers with abstracts that fit the context;"
                    + " got " + packed.size() + (omitted.isEmpty() ? "" : ", left out: " + omitted), false);
        }
        String user = prompts.render("user.md", Map.of("count", Integer.toString(packed.size()),
                "papers", blocks.toString().strip()));
        String label = "comparison of " + packed.stream().map(Paper::id).toList();
        JsonNode json = call.ask(label, prompts, user, systemTokens + tokens.count(user), SCHEMA_NAME, schema::validate);
        return new MethodComparerReading(packed).read(json, omitted, info);
    }

    /** Oldest first; papers without a year after those with one; ties keep the caller's order. */
    static List<Paper> chronological(List<Paper> papers) {
        return papers.stream()
                .sorted(Comparator.comparing(Paper::year, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }
}
