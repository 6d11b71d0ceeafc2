package org.weishi.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ResidentIdNumberTest {

    /** The example in GB 11643-1999: 北京市朝阳区, born 1949-12-31, check character X. */
    private static final String GB_EXAMPLE = "11010519491231002X";

    @Test
    void checkCharacterOfTheStandardExampleIsX() {
        assertThat(ResidentIdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
    }

    @Test
    void checkCharacterCoversEveryValue() {
        // sums chosen by hand: weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2
        assertThat(ResidentIdNumber.checkCharacter("00000000000000000")).isEqualTo('1'); // sum 0 -> '1'
        assertThat(ResidentIdNumber.checkCharacter("00000001000000000")).isEqualTo('0'); // sum 1 -> '0'
        assertThat(ResidentIdNumber.checkCharacter("00000000000000001")).isEqualTo('X'); // sum 2 -> 'X'
        assertThat(ResidentIdNumber.checkCharacter("00000000000000010")).isEqualTo('8'); // sum 4 -> '8'
        assertThat(ResidentIdNumber.checkCharacter("10000000000000000")).isEqualTo('5'); // sum 7 -> '5'
        assertThat(ResidentIdNumber.checkCharacter("44040219900101123")).isIn('0', '1', '2', '3', '4', '5', '6', '7',
                '8', '9', 'X');
    }

    @Test
    void checkCharacterMakesGeneratedNumbersValid() {
        String first17 = "44040319850612301";
        String id = first17 + ResidentIdNumber.checkCharacter(first17);
        assertThat(ResidentIdNumber.isValid(id)).as(id).isTrue();
        assertThat(ResidentIdNumber.isValid18(id)).isTrue();
    }

    @Test
    void checkCharacterRejectsAnythingButSeventeenDigits() {
        assertThatThrownBy(() -> ResidentIdNumber.checkCharacter("1101051949123100"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("17 digits");
        assertThatThrownBy(() -> ResidentIdNumber.checkCharacter("1101051949123100A"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("position 17");
    }

    @Test
    void validEighteenCharacterNumbers() {
        assertThat(ResidentIdNumber.isValid(GB_EXAMPLE)).isTrue();
        assertThat(ResidentIdNumber.isValid("11010519491231002x")).as("lower-case x").isTrue();
        assertThat(ResidentIdNumber.isValid("１１０１０５１９４９１２３１００２Ｘ")).as("full-width").isTrue();
    }

    @Test
    void wrongCheckCharacterIsInvalid() {
        for (char c : "0123456789".toCharArray()) {
            assertThat(ResidentIdNumber.isValid("11010519491231002" + c)).as("check %s", c).isFalse();
        }
    }

    @Test
    void impossibleDatesAndRegionsAreInvalid() {
        assertThat(ResidentIdNumber.isValid(fix("110105" + "19491331" + "002"))).as("month 13").isFalse();
        assertThat(ResidentIdNumber.isValid(fix("110105" + "19490230" + "002"))).as("30 February").isFalse();
        assertThat(ResidentIdNumber.isValid(fix("110105" + "20000229" + "002"))).as("2000 is a leap year").isTrue();
        assertThat(ResidentIdNumber.isValid(fix("110105" + "19000229" + "002"))).as("1900 is not").isFalse();
        assertThat(ResidentIdNumber.isValid(fix("910105" + "19491231" + "002"))).as("region 9").isFalse();
        assertThat(ResidentIdNumber.isValid(fix("010105" + "19491231" + "002"))).as("region 0").isFalse();
        assertThat(ResidentIdNumber.isValid(fix("110105" + "18991231" + "002"))).as("before 1900").isFalse();
    }

    @Test
    void oldFifteenDigitForm() {
        assertThat(ResidentIdNumber.isValid("110105491231002")).isTrue();
        assertThat(ResidentIdNumber.isValid15("110105491231002")).isTrue();
        assertThat(ResidentIdNumber.isValid("110105491331002")).as("month 13").isFalse();
        assertThat(ResidentIdNumber.isValid("910105491231002")).as("region 9").isFalse();
        assertThat(ResidentIdNumber.isValid18("110105491231002")).isFalse();
    }

    @Test
    void otherShapesAreInvalid() {
        assertThat(ResidentIdNumber.isValid("")).isFalse();
        assertThat(ResidentIdNumber.isValid(" " + GB_EXAMPLE)).isFalse();
        assertThat(ResidentIdNumber.isValid("1101051949123100XX")).isFalse();
        assertThat(ResidentIdNumber.isValid("110105 19491231 002X")).isFalse();
    }

    @Test
    void maskKeepsOnlyFirstAndLastCharacter() {
        assertThat(ResidentIdNumber.mask(GB_EXAMPLE)).isEqualTo("1****************X");
        assertThat(ResidentIdNumber.mask("11010519491231002x")).isEqualTo("1****************X");
        assertThat(ResidentIdNumber.mask("110105491231002")).isEqualTo("1*************2");
    }

    @Test
    void maskOfAnInvalidNumberStillHidesEveryDigit() {
        assertThat(ResidentIdNumber.mask("110105194912310021")).isEqualTo("******************");
        assertThat(ResidentIdNumber.mask("身份证 110105")).isEqualTo("身份证 ******");
    }

    static String fix(String first17) {
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }
}
