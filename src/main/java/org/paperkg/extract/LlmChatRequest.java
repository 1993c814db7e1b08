package org.paperkg.extract;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A chat completion to ask for.
 *
 * @param messages   the conversation, system message first
 * @param maxTokens  the answer budget
 * @param schemaName a short name for the JSON schema ({@code paper_extraction})
 * @param schema     the JSON schema the answer must match
 */
record LlmChatRequest(List<LlmMessage> messages, int maxTokens, String schemaName, JsonNode schema) {

    LlmChatRequest {
        messages = List.copyOf(messages);
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a chat request needs at least one message");
        }
    }

    LlmChatRequest withMaxTokens(int tokens) {
        return new LlmChatRequest(messages, tokens, schemaName, schema);
    }
}
