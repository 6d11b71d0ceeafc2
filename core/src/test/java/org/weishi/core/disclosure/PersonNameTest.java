package org.weishi.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonNameTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "张三, 张*",
        "张小三, 张*三",
        "张小小三, 张**三",
        "欧阳小明, 欧阳*明",
        "欧阳明, 欧阳*",
        "欧阳, 欧*",
        "司马相如, 司马*如",
        "诸葛亮, 诸葛*",
        "上官婉儿, 上官*儿",
        "令狐冲, 令狐*",
        "王, *",
        "阿依古丽·买买提, 阿***·**提",
        "John Smith, J*",
        "Zhang Xiaosan, Z*",
        "'  李四  ', 李*",
    })
    void masksByZhCnConvention(String name, String masked) {
        assertThat(PersonName.mask(name)).isEqualTo(masked);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"张三, 1", "欧阳小明, 2", "欧阳, 1", "慕容复, 2", "李慕容, 1"})
    void surnameLength(String name, int length) {
        assertThat(PersonName.surnameLength(name)).isEqualTo(length);
    }

    @org.junit.jupiter.api.Test
    void emptyStaysEmptyAndRareCharactersAreHiddenWhole() {
        assertThat(PersonName.mask("  ")).isEmpty();
        // 𠮷 is outside the BMP (a surrogate pair): it must be replaced by one '*', not half of it
        assertThat(PersonName.mask("张𠮷")).isEqualTo("张*");
        assertThat(PersonName.mask("张𠮷三")).isEqualTo("张*三");
    }
}
