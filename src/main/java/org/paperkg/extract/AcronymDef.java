package org.paperkg.extract;

/**
 * A "Long Form (ACR)" definition found in a sentence.
 *
 * @param longForm   the long form as written
 * @param acronym    the acronym, singular ({@code GATs} → {@code GAT})
 * @param firstToken index of the long form's first token
 * @param lastToken  index of the closing parenthesis
 * @param head       the long form's last word, lower case
 */
record AcronymDef(String longForm, String acronym, int firstToken, int lastToken, String head) {
}
