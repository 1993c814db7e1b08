package org.paperkg.extract;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A prompt set's own JSON schema (such as {@code prompts/compare/comparison.schema.json}) as a
 * networknt validator. The extraction schema has {@link ExtractionSchema}; this serves the smaller
 * schemas of the other prompts.
 */
final class PromptSchema {

    private final Schema schema;

    /**
     * @param location the schema's classpath location, the base its relative {@code $id} resolves against
     * @param node     the schema document
     */
    PromptSchema(String location, JsonNode node) {
        this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of("classpath:" + location.replaceFirst("^/", "")), node);
    }

    /** Violations as {@code <location>: <message>}; empty when valid. */
    List<String> validate(JsonNode node) {
        return schema.validate(node).stream().map(Object::toString).toList();
    }
}
