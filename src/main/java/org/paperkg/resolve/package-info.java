/**
 * The resolve stage: one thing, one key, across papers and languages.
 *
 * <p>{@link org.paperkg.resolve.CanonicalResolver} turns a grounded extraction into a
 * {@link org.paperkg.resolve.PaperGraph}. Names fold to keys with {@link org.paperkg.resolve.EntityKeys}
 * (case, width, hyphens, plurals, glued numbers, generic heads; sizes and versions stay apart and get
 * VARIANT_OF edges). Pairs a paper states ("Long Form (ACR)", "中文名（English, ACR）", a method's acronym)
 * are linked in the shared {@link org.paperkg.resolve.AliasDirectory}, which also holds the curated
 * aliases ({@code resolve/aliases.tsv}) and the stored entities, so a later paper writing one name only
 * gets the same key. Canonical keys come from a fixed preference, not arrival order; together with
 * the writer absorbing nodes under an entity's {@code aliasKeys}, papers written in resolve order give
 * one graph in any order.
 *
 * <p>Settings: {@link org.paperkg.resolve.ResolveProperties} ({@code paperkg.resolve.*}).
 */
package org.paperkg.resolve;
