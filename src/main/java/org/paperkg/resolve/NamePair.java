package org.paperkg.resolve;

/**
 * Two names a paper states are one thing, as in "graph attention network (GAT)" or
 * "图注意力网络（GAT）".
 *
 * @param label   the label the names resolve in (that of the mention that anchors the pair)
 * @param first   the acronym for an acronym pair, else the Chinese name
 * @param second  the long form (English or Chinese) for an acronym pair, else the English name
 * @param acronym true for acronym and long form, false for a translation
 */
record NamePair(EntityLabel label, String first, String second, boolean acronym) {
}
