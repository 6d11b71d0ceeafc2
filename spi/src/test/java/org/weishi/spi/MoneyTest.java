package org.weishi.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {
    @Test
    void parses_yuan_exactly_into_fen() {
        assertThat(Money.parse("200000")).isEqualTo(Money.ofFen(20_000_000));
        assertThat(Money.parse("1234.5")).isEqualTo(Money.ofFen(123_450));
        assertThat(Money.parse("0.01")).isEqualTo(Money.ofFen(1));
        assertThat(Money.ofYuan(new BigDecimal("620000.00")).formatted()).isEqualTo("620,000.00");
    }

    @Test
    void refuses_sub_fen_amounts_and_garbage() {
        assertThatThrownBy(() -> Money.parse("100.005")).hasMessageContaining("more precise than one fen");
        assertThatThrownBy(() -> Money.parse("abc")).hasMessageContaining("not an amount of yuan: 'abc'");
    }

    @Test
    void arithmetic_is_exact_and_overflow_is_an_error() {
        assertThat(Money.parse("0.10").plus(Money.parse("0.20"))).isEqualTo(Money.parse("0.30"));
        assertThat(Money.ofYuan(5).minus(Money.ofYuan(7)).isNegative()).isTrue();
        assertThatThrownBy(() -> Money.ofFen(Long.MAX_VALUE).plus(Money.ofFen(1))).isInstanceOf(ArithmeticException.class);
        assertThat(Money.ofYuan(3).compareTo(Money.ofYuan(2))).isPositive();
        assertThat(Money.ofFen(-150).formatted()).isEqualTo("-1.50");
        assertThat(Money.ofYuan(1).toString()).isEqualTo("CNY 1.00");
    }
}
