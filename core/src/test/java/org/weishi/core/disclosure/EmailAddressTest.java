package org.weishi.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "zhangsan@example.com, z***@example.com",
        "13812345678@qq.com, 1***@qq.com",
        "li.si+weishi@mail.doumen.gov.cn, l***@mail.doumen.gov.cn",
        "ｚｈａｎｇ＠ｅｘａｍｐｌｅ．ｃｏｍ, z***@example.com",
    })
    void keepsFirstCharacterAndDomain(String address, String masked) {
        assertThat(EmailAddress.isValid(address)).isTrue();
        assertThat(EmailAddress.mask(address)).isEqualTo(masked);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zhangsan", "@example.com", "a@b", "a@b.c", "a@@b.cn", "a@b.c1"})
    void notAddresses(String text) {
        assertThat(EmailAddress.isValid(text)).isFalse();
        assertThat(EmailAddress.mask(text)).isEqualTo("***");
    }
}
