package org.paperkg.extract;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the JSON body of {@code POST /v1/chat/completions}. vLLM, SGLang and llama.cpp take the
 * same shape; the fields the OpenAI Python SDK calls {@code extra_body} are plain top-level fields
 * on the wire.
 */
final class OpenAiRequestBody {

    private final LlmProperties props;
    private final JsonMapper mapper;

    OpenAiRequestBody(LlmProperties props, JsonMapper mapper) {
        this.props = props;
        this.mapper = mapper;
    }

    byte[] write(LlmChatRequest request) {
        ObjectNode body = mapper.createObjectNode();
        props.extraBody().forEach((k, v) -> body.set(k, jsonOrString(v)));
        body.put("model", props.model());
        var messages = body.putArray("messages");
        for (LlmMessage m : request.messages()) {
            messages.addObject().put("role", m.role()).put("content", m.content());
        }
        body.put("max_tokens", request.maxTokens());
        body.put("temperature", props.temperature());
        body.put("top_p", props.topP());
        body.put("presence_penalty", props.presencePenalty());
        body.put("stream", false);
        if (props.qwenExtensions()) {
            body.put("top_k", props.topK());
            body.put("min_p", props.minP());
            // the hard switch: the chat template then closes an empty <think></think> itself
            body.putObject("chat_template_kwargs").put("enable_thinking", false);
        }
        if (request.schema() != null) {
            switch (props.structuredOutput()) {
                case RESPONSE_FORMAT -> {
                    ObjectNode format = body.putObject("response_format").put("type", "json_schema");
                    format.putObject("json_schema")
                            .put("name", request.schemaName())
                            .put("strict", true)
                            .set("schema", request.schema());
                }
                case GUIDED_JSON -> body.set("guided_json", request.schema());
                case PROMPT_ONLY -> { } // the schema is in the system prompt already
            }
        }
        return mapper.writeValueAsBytes(body);
    }

    private JsonNode jsonOrString(String value) {
        try {
            JsonNode node = mapper.readTree(value);
            if (node != null && !node.isMissingNode()) {
                return node;
            }
        } catch (JacksonException e) {
            // not JSON: the value is meant as a string
        }
        return mapper.getNodeFactory().stringNode(value);
    }
}
