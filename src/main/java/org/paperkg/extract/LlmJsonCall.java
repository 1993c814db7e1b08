package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * One structured question to the model, answered by a JSON object that passed the schema, or by
 * an {@link ExtractionException}: nothing unvalidated ever comes out.
 *
 * <p>An answer cut off at the token budget ({@code finish_reason: length}) is asked again once with
 * twice the budget (capped by the context window). An answer that still fails to parse or validate
 * gets one repair turn: the model sees its answer and the validation errors and is asked for
 * corrected JSON. If that fails too, the input is recorded as failed with the reason.
 */
final class LlmJsonCall {

    /** Room kept free in the context window for the chat template's own tokens. */
    static final int TEMPLATE_MARGIN = 64;
    private static final int MAX_ERRORS_SHOWN = 8;

    private final OpenAiChatClient client;
    private final LlmResponseParser parser;
    private final LlmProperties props;

    LlmJsonCall(OpenAiChatClient client, LlmResponseParser parser, LlmProperties props) {
        this.client = client;
        this.parser = parser;
        this.props = props;
    }

    /**
     * Asks and validates.
     *
     * @param label        names the input in error messages (a paper id)
     * @param prompts      the templates (system prompt, repair wording, schema)
     * @param user         the rendered user message
     * @param promptTokens tokens of system and user message together (or an upper bound), for the
     *                     budget cap when the server does not report its own count
     * @param schemaName   the schema's name on the wire
     * @param validator    the schema violations of a JSON object; empty when valid
     */
    JsonNode ask(String label, PromptTemplates prompts, String user, int promptTokens, String schemaName,
            Function<JsonNode, List<String>> validator) throws ExtractionException {
        List<LlmMessage> messages = List.of(LlmMessage.system(prompts.system()), LlmMessage.user(user));
        LlmChatRequest request = new LlmChatRequest(messages, props.maxTokens(), schemaName, prompts.schema());
        LlmCompletion answer = client.complete(request);
        if (answer.truncated()) {
            int prompt = answer.promptTokens() >= 0 ? answer.promptTokens() : promptTokens;
            int larger = Math.min(2 * props.maxTokens(), props.contextTokens() - prompt - TEMPLATE_MARGIN);
            if (larger > props.maxTokens()) {
                request = request.withMaxTokens(larger);
                answer = client.complete(request);
            }
        }
        Checked first = check(answer, validator);
        if (first.problems().isEmpty()) {
            return first.json();
        }
        List<LlmMessage> repair = new ArrayList<>(messages);
        repair.add(LlmMessage.assistant(answer.content() == null ? "" : answer.content()));
        repair.add(LlmMessage.user(prompts.repair(describe(first.problems()))));
        LlmCompletion repaired = client.complete(new LlmChatRequest(repair, request.maxTokens(), schemaName, prompts.schema()));
        Checked second = check(repaired, validator);
        if (second.problems().isEmpty()) {
            return second.json();
        }
        throw new ExtractionException(label + ": the model gave no valid JSON, even after a repair request: "
                + describe(second.problems()), false);
    }

    /** An answer's JSON object and what is wrong with it; usable only when there are no problems. */
    private record Checked(JsonNode json, List<String> problems) {
    }

    private Checked check(LlmCompletion answer, Function<JsonNode, List<String>> validator) {
        List<String> problems = new ArrayList<>();
        if (answer.truncated()) {
            problems.add("the answer was cut off at the token budget (finish_reason=length); answer more briefly");
        }
        LlmResponseParser.Parsed parsed = parser.parse(answer);
        if (parsed.json() == null) {
            problems.add(parsed.problem());
        } else if (problems.isEmpty()) {
            problems.addAll(validator.apply(parsed.json()));
        }
        return new Checked(parsed.json(), problems);
    }

    private static String describe(List<String> problems) {
        List<String> shown = problems.subList(0, Math.min(MAX_ERRORS_SHOWN, problems.size()));
        String more = problems.size() > shown.size() ? "; and " + (problems.size() - shown.size()) + " more" : "";
        return String.join("; ", shown) + more;
    }
}
