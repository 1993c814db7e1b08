package org.paperkg.graph;

/**
 * One parameter of a catalogue query, as declared in the query file's header:
 * {@code // Param depth (int, default 5, example 3): how many hops back to follow}.
 *
 * @param name         the Cypher parameter name, without {@code $}
 * @param type         its type
 * @param defaultValue the value used when none is given (as written in the header), or {@code null}
 *                     when the parameter is required
 * @param example      an example value (as written), which also serves in guides and tests
 * @param description  what it means
 */
public record QueryParameter(String name, ParameterType type, String defaultValue, String example,
        String description) {

    /** True when the query cannot run without it. */
    public boolean required() {
        return defaultValue == null;
    }
}
