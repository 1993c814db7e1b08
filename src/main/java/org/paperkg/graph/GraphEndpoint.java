package org.paperkg.graph;

/**
 * Where clients such as Neo4j Browser reach the graph.
 *
 * @param boltUri the Bolt address
 * @param mode    {@code embedded} (in this process) or {@code remote}
 */
public record GraphEndpoint(String boltUri, String mode) {
}
