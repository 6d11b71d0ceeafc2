package org.weishi.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BankCardNumberTest {

    /** A Luhn-valid 16-digit test number (Visa's public test card). */
    static final String CARD16 = "4111111111111111";
    /** A Luhn-valid 19-digit number in the UnionPay 62 range, built by {@link #withLuhnDigit}. */
    static final String CARD19 = withLuhnDigit("621700123456789012");

    @Test
    void luhn() {
        assertThat(BankCardNumber.isLuhnValid(CARD16)).isTrue();
        assertThat(BankCardNumber.isLuhnValid("4111111111111112")).isFalse();
        assertThat(BankCardNumber.isLuhnValid("79927398713")).isTrue(); // the textbook example
        assertThat(BankCardNumber.isLuhnValid("")).isFalse();
    }

    @Test
    void validCards() {
        assertThat(BankCardNumber.isValid(CARD16)).isTrue();
        assertThat(BankCardNumber.isValid(CARD19)).isTrue();
        assertThat(BankCardNumber.isValid("4111 1111 1111 1111")).isTrue();
        assertThat(BankCardNumber.isValid("4111-1111-1111-1111")).isTrue();
    }

    @Test
    void tooShortTooLongLeadingZeroOrLuhnFailureIsNoCard() {
        assertThat(BankCardNumber.isValid("79927398713")).isFalse();
        assertThat(BankCardNumber.isValid("4111111111111112")).isFalse();
        assertThat(BankCardNumber.isValid(withLuhnDigit("0411111111111111"))).isFalse();
        assertThat(BankCardNumber.isValid(withLuhnDigit("41111111111111111111"))).isFalse();
        assertThat(BankCardNumber.isValid("4111x1111111111111")).isFalse();
    }

    @Test
    void maskKeepsLastFourInAFixedWidthForm() {
        assertThat(BankCardNumber.mask(CARD16)).isEqualTo("**** **** **** 1111");
        assertThat(BankCardNumber.mask(CARD19)).isEqualTo("**** **** **** " + CARD19.substring(15));
        assertThat(BankCardNumber.mask("4111 1111 1111 1111")).isEqualTo("**** **** **** 1111");
        assertThat(BankCardNumber.mask("4111111111111112")).isEqualTo("****************");
    }

    /** Appends the digit that makes {@code body} Luhn-valid. */
    static String withLuhnDigit(String body) {
        for (char c = '0'; c <= '9'; c++) {
            if (BankCardNumber.isLuhnValid(body + c)) {
                return body + c;
            }
        }
        throw new AssertionError("unreachable: one digit always completes a Luhn number");
    }
}
