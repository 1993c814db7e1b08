package org.paperkg.extract;

/**
 * A name the rules may keep: a single name-like token, a phrase, or an acronym definition.
 *
 * @param name    the name as written (the long form for a definition)
 * @param acronym the acronym of a definition, else {@code null}
 * @param end     index of the candidate's last token
 */
record Candidate(String name, String acronym, int end) {
}
