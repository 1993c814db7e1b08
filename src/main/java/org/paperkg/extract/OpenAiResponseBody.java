package org.paperkg.extract;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the JSON bodies an OpenAI-compatible server sends back: completions and errors. */
final class OpenAiResponseBody {

    private static final int SNIPPET = 300;

    private final JsonMapper mapper;

    OpenAiResponseBody(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /** The first choice of a chat completion. */
    LlmCompletion completion(String body) throws OpenAiHttpException {
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (JacksonException e) {
            throw new OpenAiHttpException(200, null, "the server's answer is not JSON: " + snippet(body));
        }
        JsonNode choice = root.path("choices").path(0);
        JsonNode message = choice.path("message");
        if (!message.isObject()) {
            throw new OpenAiHttpException(200, null, "the server's answer has no choices[0].message: " + snippet(body));
        }
        // vLLM's reasoning parser used `reasoning_content` until late 2025, `reasoning` since
        String reasoning = text(message.path("reasoning"));
        if (reasoning == null) {
            reasoning = text(message.path("reasoning_content"));
        }
        JsonNode usage = root.path("usage");
        return new LlmCompletion(
                text(message.path("content")),
                reasoning,
                text(choice.path("finish_reason")),
                usage.path("prompt_tokens").asInt(-1),
                usage.path("completion_tokens").asInt(-1));
    }

    /** The server's own words from an error body ({@code {"message": …}} or {@code {"error": {"message": …}}}). */
    String errorMessage(String body) {
        try {
            JsonNode root = mapper.readTree(body);
            String m = text(root.path("message"));
            if (m == null) {
                m = text(root.path("error").path("message"));
            }
            if (m == null) {
                m = text(root.path("error"));
            }
            return m == null ? snippet(body) : snippet(m);
        } catch (JacksonException e) {
            return snippet(body);
        }
    }

    private static String text(JsonNode n) {
        return n.isString() ? n.asString() : null;
    }

    static String snippet(String s) {
        if (s == null) {
            return "<empty>";
        }
        String t = s.strip().replaceAll("\\s+", " ");
        return t.length() <= SNIPPET ? t : t.substring(0, SNIPPET) + "…";
    }
}
