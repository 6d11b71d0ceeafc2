/**
 * Commands: immutable records validated with Jakarta Bean Validation before anything else
 * happens. Every violation is reported at once with its field path, in zh-CN and English
 * ({@link org.weishi.core.CommandRejectedException}). Amounts are yuan as {@link java.math.BigDecimal}
 * with at most two decimals; the engine stores them as exact fen.
 */
package org.weishi.core.command;
