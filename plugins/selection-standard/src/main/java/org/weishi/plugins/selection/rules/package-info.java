/**
 * The standard selection rules: {@code greedy}, {@code greedy-no-skip}, {@code mes},
 * {@code mes-add1}, {@code mes-add1-greedy} and {@code recorded}; get them from
 * {@link org.weishi.plugins.selection.rules.StandardRules}.
 *
 * <p>All arithmetic is exact (integers, {@link java.math.BigInteger} fractions); outcomes match
 * pabutools (lexicographic tie-breaking by default) and are described in {@code docs/selection.md}.
 *
 * <p><b>Stability:</b> rule ids and outcomes are stable; the classes are reached through
 * {@code StandardRules} and {@link org.weishi.spi.selection.SelectionRule}.
 */
package org.weishi.plugins.selection.rules;
