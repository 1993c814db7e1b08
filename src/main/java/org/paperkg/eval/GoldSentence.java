package org.paperkg.eval;

import org.paperkg.extract.SentenceRole;

/**
 * A gold sentence with its rhetorical role.
 *
 * @param text the sentence
 * @param role the role, mapped onto paper-kg's five roles
 */
public record GoldSentence(String text, SentenceRole role) {
}
