package org.weishi.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MobileNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"13812345678", "138 1234 5678", "138-1234-5678", "+86 138 1234 5678",
        "+8613812345678", "86-13812345678", "0086 138 1234 5678", "１３８１２３４５６７８"})
    void writtenFormsAreMaskedToFirstThreeAndLastFour(String number) {
        assertThat(MobileNumber.isValid(number)).isTrue();
        assertThat(MobileNumber.mask(number)).isEqualTo("138****5678");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12812345678", "1381234567", "138123456789", "23812345678", "138 1234 567a", "12345"})
    void otherNumbersAreNotMobiles(String number) {
        assertThat(MobileNumber.isValid(number)).isFalse();
    }

    @Test
    void aFieldThatIsNotAMobileNumberIsStillMaskedWhole() {
        assertThat(MobileNumber.mask("1381234567")).isEqualTo("**********");
        assertThat(MobileNumber.mask("tel: 13812345678 ext 1")).isEqualTo("tel: *********** ext *");
    }

    @Test
    void everyPrefixFromThirteenToNineteen() {
        for (int second = 3; second <= 9; second++) {
            String number = "1" + second + "912345678";
            assertThat(MobileNumber.mask(number)).isEqualTo("1" + second + "9****5678");
        }
    }
}
