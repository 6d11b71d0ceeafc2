/**
 * The selection-rule capability: competitive selection of projects under a budget from residents'
 * ballots (participatory budgeting). A {@link org.weishi.spi.selection.SelectionRule} reads an
 * {@link org.weishi.spi.selection.Election} (candidates with exact costs, a budget, ballots) and
 * returns a {@link org.weishi.spi.selection.SelectionResult}: the funded projects in selection order.
 *
 * <p>All amounts are exact ({@link java.math.BigDecimal}, never {@code double}); a rule must use
 * exact arithmetic so that the same election always gives the same outcome on every machine.
 *
 * <p><b>Stability:</b> part of the SPI; records gain components only in a new minor version with a
 * compatible canonical constructor kept, interfaces grow only through default methods.
 *
 * @since 0.1.0
 */
package org.weishi.spi.selection;
