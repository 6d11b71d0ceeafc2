package org.weishi.spi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * An exact amount of Chinese yuan, held as a whole number of fen (分, 1/100 yuan). Never a
 * {@code double}.
 *
 * <p>Money may be negative (a variance, a difference); quantities that must not be negative
 * (a budget, a cost) are checked where they are used, with an error that names the field.
 *
 * @param fen the amount in fen
 */
public record Money(long fen) implements Comparable<Money> {
    /** Zero yuan. */
    public static final Money ZERO = new Money(0);

    /**
     * @param fen amount in fen
     * @return the amount
     */
    public static Money ofFen(long fen) {
        return new Money(fen);
    }

    /**
     * @param yuan whole yuan
     * @return the amount
     * @throws ArithmeticException on overflow
     */
    public static Money ofYuan(long yuan) {
        return new Money(Math.multiplyExact(yuan, 100L));
    }

    /**
     * Parses an amount in yuan such as {@code "200000"} or {@code "1234.50"}.
     *
     * @param yuan decimal text with at most two fraction digits
     * @return the amount
     * @throws IllegalArgumentException when the text is not a number or has more than two
     *         fraction digits (a sub-fen amount cannot be paid)
     */
    public static Money parse(String yuan) {
        BigDecimal value;
        try {
            value = new BigDecimal(yuan.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an amount of yuan: '" + yuan + "'", e);
        }
        return ofYuan(value);
    }

    /**
     * @param yuan an amount of yuan with scale at most 2
     * @return the amount
     * @throws IllegalArgumentException when more precise than one fen
     */
    public static Money ofYuan(BigDecimal yuan) {
        if (yuan.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(
                    "amount " + yuan.toPlainString() + " is more precise than one fen (0.01 yuan)");
        }
        return new Money(yuan.movePointRight(2).longValueExact());
    }

    /** @return the amount as yuan with scale 2 */
    public BigDecimal toYuan() {
        return BigDecimal.valueOf(fen, 2);
    }

    /**
     * @param other another amount
     * @return the sum
     * @throws ArithmeticException on overflow
     */
    public Money plus(Money other) {
        return new Money(Math.addExact(fen, other.fen));
    }

    /**
     * @param other another amount
     * @return the difference
     * @throws ArithmeticException on overflow
     */
    public Money minus(Money other) {
        return new Money(Math.subtractExact(fen, other.fen));
    }

    /** @return true when below zero */
    public boolean isNegative() {
        return fen < 0;
    }

    /**
     * @param other another amount
     * @return true when this is strictly greater
     */
    public boolean isGreaterThan(Money other) {
        return fen > other.fen;
    }

    @Override
    public int compareTo(Money o) {
        return Long.compare(fen, o.fen);
    }

    /** @return e.g. {@code 620,000.00}, grouping by thousands, two decimals, no currency sign */
    public String formatted() {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(toYuan().setScale(2, RoundingMode.UNNECESSARY));
    }

    @Override
    public String toString() {
        return "CNY " + formatted();
    }
}
