package org.paperkg.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperkg.source.PaperIds;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A set of prompt files with their JSON schema, loaded from the classpath ({@code /prompts/…}, built
 * from the top-level {@code prompts/} folder), and the prompt version derived from their content.
 *
 * <p>The system prompt is rendered once, with the schema in it, and is byte-identical for every
 * request, so the server's prefix cache serves it. Paper text only ever goes into user messages,
 * inside delimiters; {@link #render} strips from inserted values anything that could close those
 * delimiters or forge a chat turn (prompt-injection hygiene).
 */
public final class PromptTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z]+)}}");
    /** Delimiters of our templates, and the ChatML control tokens Qwen's template would honour. */
    private static final Pattern FORGERY =
            Pattern.compile("(?i)</?\\s*(?:paper|papers|summary|think)\\s*>|<\\|[a-z_]{1,30}\\|>");
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final Map<String, String> files;
    private final String schemaText;
    private final JsonNode schema;
    private final String system;
    private final String version;

    PromptTemplates(String dir, List<String> names, String schemaResource) {
        this.files = new LinkedHashMap<>();
        StringBuilder all = new StringBuilder();
        for (String name : names) {
            String path = name.startsWith("/") ? name : dir + name;
            String text = read(path);
            files.put(name, text);
            all.append(path).append('\n').append(text).append('\n');
        }
        this.schemaText = read(schemaResource);
        all.append(schemaResource).append('\n').append(schemaText);
        this.schema = MAPPER.readTree(schemaText);
        this.version = PaperIds.sha256(all.toString()).substring(0, 12);
        this.system = fill(template("system.md"), Map.of("schema", schemaText.strip()), false);
    }

    /** The extraction prompts: {@code prompts/extraction/*.md}, {@code prompts/repair.md}, the extraction schema. */
    public static PromptTemplates extraction() {
        return new PromptTemplates("/prompts/extraction/",
                List.of("system.md", "user.en.md", "user.zh.md", "user.fulltext.en.md", "user.fulltext.zh.md",
                        "/prompts/repair.md"),
                ExtractionSchema.RESOURCE);
    }

    /** The method-comparison prompts: {@code prompts/compare/*}, {@code prompts/repair.md}. */
    public static PromptTemplates comparison() {
        return new PromptTemplates("/prompts/compare/", List.of("system.md", "user.md", "/prompts/repair.md"),
                "/prompts/compare/comparison.schema.json");
    }

    /** First 12 hex digits of the SHA-256 over every file's path and content and the schema. */
    public String version() {
        return version;
    }

    /** The system prompt, identical for every request. */
    public String system() {
        return system;
    }

    /** The JSON schema the answers must match. */
    public JsonNode schema() {
        return schema;
    }

    /** Fills a user template; every value is inserted literally, minus delimiter and chat-token forgeries. */
    public String render(String name, Map<String, String> values) {
        return fill(template(name), values, true);
    }

    /** The repair request sent after an invalid answer. */
    String repair(String errors) {
        return fill(template("/prompts/repair.md"), Map.of("errors", errors), false);
    }

    /** Removes text that could end the data delimiters or open a new chat turn. */
    static String defuse(String value) {
        return FORGERY.matcher(value).replaceAll("");
    }

    private String template(String name) {
        String t = files.get(name);
        if (t == null) {
            throw new IllegalArgumentException("no prompt template " + name + "; have " + files.keySet());
        }
        return t;
    }

    private static String fill(String template, Map<String, String> values, boolean defuse) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 256);
        while (m.find()) {
            String v = values.get(m.group(1));
            if (v == null) {
                throw new IllegalArgumentException("prompt placeholder {{" + m.group(1) + "}} has no value");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(defuse ? defuse(v) : v));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String read(String resource) {
        try (InputStream in = PromptTemplates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("prompt file " + resource + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read prompt file " + resource, e);
        }
    }
}
