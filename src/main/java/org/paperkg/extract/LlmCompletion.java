package org.paperkg.extract;

/**
 * What the server answered.
 *
 * @param content          {@code choices[0].message.content}, or {@code null}
 * @param reasoning        thinking text a reasoning parser moved out of the content
 *                         ({@code reasoning} or {@code reasoning_content}), or {@code null}
 * @param finishReason     {@code stop}, {@code length}, …, or {@code null} when the server gave none
 * @param promptTokens     prompt tokens the server counted, or -1 when it did not say
 * @param completionTokens answer tokens the server counted, or -1 when it did not say
 */
record LlmCompletion(String content, String reasoning, String finishReason, int promptTokens, int completionTokens) {

    /** True when the answer stopped at the token budget, so its JSON is cut off. */
    boolean truncated() {
        return "length".equals(finishReason);
    }
}
