package org.paperkg.extract;

/**
 * One chat message.
 *
 * @param role    {@code system}, {@code user} or {@code assistant}
 * @param content the text
 */
record LlmMessage(String role, String content) {

    static LlmMessage system(String content) {
        return new LlmMessage("system", content);
    }

    static LlmMessage user(String content) {
        return new LlmMessage("user", content);
    }

    static LlmMessage assistant(String content) {
        return new LlmMessage("assistant", content);
    }
}
