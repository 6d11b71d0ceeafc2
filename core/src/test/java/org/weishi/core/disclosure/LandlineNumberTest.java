package org.weishi.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LandlineNumberTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "0756-1234567, 0756-*****67",
        "0756 12345678, 0756-******78",
        "(0756)1234567, 0756-*****67",
        "020-87654321, 020-******21",
        "010-62345678, 010-******78",
        "07561234567, 0756-*****67",
    })
    void keepsAreaCodeAndLastTwoDigits(String number, String masked) {
        assertThat(LandlineNumber.isValid(number)).isTrue();
        assertThat(LandlineNumber.mask(number)).isEqualTo(masked);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "110", "0756-123456", "0756-0123456", "010-1234567", "0156-1234567", "0756-123456789",
        "13812345678", "2021-03-15"})
    void serviceNumbersAndOtherShapesAreNotLandlines(String number) {
        assertThat(LandlineNumber.isValid(number)).isFalse();
    }
}
