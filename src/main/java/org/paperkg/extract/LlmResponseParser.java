package org.paperkg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds the JSON object in a model's answer. Models and servers wrap it in many ways: a thinking
 * block leaked into the content ({@code <think>…</think>}, or only its closing tag), the whole answer
 * moved into {@code reasoning}/{@code reasoning_content} by a misconfigured reasoning parser,
 * Markdown fences, a sentence of prose before or after, full-width punctuation as JSON syntax.
 * The result is only parsed, not yet validated: callers validate it against the schema.
 */
final class LlmResponseParser {

    private static final Pattern THINK = Pattern.compile("(?s)<think>.*?</think>");
    private static final Pattern FENCE = Pattern.compile("(?s)```[a-zA-Z]*[ \\t]*\\r?\\n(.*?)(?:```|$)");
    /** Enough to skip a few braces in leading prose, few enough to bound the work on garbage. */
    private static final int MAX_CANDIDATES = 32;

    /** Reads the first JSON value and ignores whatever prose follows it. */
    private final ObjectReader firstValue;

    LlmResponseParser(JsonMapper mapper) {
        this.firstValue = mapper.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /**
     * The outcome: exactly one of {@code json} and {@code problem} is set.
     *
     * @param json    the object found
     * @param problem why there is none
     */
    record Parsed(JsonNode json, String problem) {
    }

    Parsed parse(LlmCompletion completion) {
        String content = completion.content();
        if (content == null || content.isBlank()) {
            // vLLM 0.8.5 and the deepseek_r1 parser with thinking off put the whole answer here
            content = completion.reasoning();
        }
        if (content == null || content.isBlank()) {
            return new Parsed(null, "the answer is empty");
        }
        String text = withoutThinking(content);
        Matcher fence = FENCE.matcher(text);
        if (fence.find() && fence.group(1).contains("{")) {
            text = fence.group(1);
        }
        JsonNode found = firstObject(text);
        if (found != null) {
            return new Parsed(found, null);
        }
        return new Parsed(null, "no JSON object in the answer: " + OpenAiResponseBody.snippet(text));
    }

    static String withoutThinking(String content) {
        String s = THINK.matcher(content).replaceAll("");
        int close = s.lastIndexOf("</think>");
        if (close >= 0) {
            // the opening tag was in the prompt (thinking on, no reasoning parser): all before is thought
            s = s.substring(close + "</think>".length());
        }
        return s.replace("<think>", "").strip();
    }

    /** The first object that parses, starting at each '{' (or '｛') in turn; trailing text is ignored. */
    private JsonNode firstObject(String text) {
        int tried = 0;
        for (int i = 0; i < text.length() && tried < MAX_CANDIDATES; i++) {
            char c = text.charAt(i);
            if (c != '{' && c != '｛') {
                continue;
            }
            tried++;
            String candidate = LlmJsonRepair.fullWidthSyntax(text.substring(i));
            try {
                JsonNode node = firstValue.readValue(candidate);
                if (node != null && node.isObject()) {
                    return node;
                }
            } catch (JacksonException e) {
                // not an object starting here; try the next brace
            }
        }
        return null;
    }
}
