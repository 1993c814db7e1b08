package org.paperkg.extract;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of an {@link Extraction}: the schema in {@code prompts/extraction.schema.json},
 * validation against it, and conversion both ways. Thread-safe; load once and share.
 */
public final class ExtractionSchema {

    /** Where the schema is on the classpath (the build ships top-level {@code prompts/} there). */
    public static final String RESOURCE = "/prompts/extraction.schema.json";

    private static final String BASE_IRI = "classpath:prompts/extraction.schema.json";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final Schema schema;
    private final String version;

    private ExtractionSchema(JsonNode schemaNode) {
        // the $id is relative, so the schema needs an absolute base to resolve it against
        this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of(BASE_IRI), schemaNode);
        this.version = schemaNode.path("$id").asString("");
        if (version.isBlank()) {
            throw new IllegalStateException(RESOURCE + " has no $id, so extractions could not name their schema version");
        }
    }

    /** Loads the schema from the classpath. */
    public static ExtractionSchema load() {
        try (InputStream in = ExtractionSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return new ExtractionSchema(MAPPER.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The schema's {@code $id}, such as {@code paper-kg/extraction/v1}. */
    public String schemaVersion() {
        return version;
    }

    /** The schema violations of a JSON document, each as {@code <location>: <message>}; empty when valid. */
    public List<String> validate(String json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json == null ? "" : json);
        } catch (JacksonException e) {
            return List.of("$: not JSON: " + e.getOriginalMessage());
        }
        return validate(node);
    }

    /** The schema violations of a parsed JSON document; empty when valid. */
    public List<String> validate(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return List.of("$: empty document");
        }
        return schema.validate(node).stream().map(ExtractionSchema::describe).toList();
    }

    private static String describe(com.networknt.schema.Error error) {
        String s = error.toString();
        return s.startsWith(":") ? "$" + s : s; // the root's location prints as nothing
    }

    /** The extraction as JSON, roles as their enum names, absent acronyms and references as null. */
    public String toJson(Extraction extraction) {
        return MAPPER.writeValueAsString(extraction);
    }

    /**
     * Reads an extraction from JSON after validating it.
     *
     * @throws InvalidExtractionException when the document breaks the schema, listing every violation
     */
    public Extraction fromJson(String json) {
        List<String> violations = validate(json);
        if (!violations.isEmpty()) {
            throw new InvalidExtractionException(violations);
        }
        return MAPPER.readValue(json, Extraction.class);
    }
}
