package org.paperkg.extract;

/** How the LLM client asks the server to keep its answer inside the extraction JSON schema. */
public enum StructuredOutputMode {
    /**
     * OpenAI-standard {@code response_format: {type: json_schema, json_schema: {name, schema, strict}}};
     * vLLM (all current versions), SGLang, llama.cpp server and Ollama's {@code /v1} accept it.
     */
    RESPONSE_FORMAT,
    /** vLLM's older top-level {@code guided_json} field (vLLM 0.11 and earlier; removed in 0.12). */
    GUIDED_JSON,
    /** No constraint on the wire: the schema is only in the system prompt (servers with neither). */
    PROMPT_ONLY
}
