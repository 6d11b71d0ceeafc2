package org.weishi.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inputs shaped to make a backtracking or rescanning detector quadratic. There is no timing
 * assertion: a quadratic scan over 200,000 characters would not finish in a normal test run, which
 * is the signal.
 */
class TextRedactorLargeInputTest {

    @ParameterizedTest
    @ValueSource(strings = {"1", "1 ", "1-", "1楼", "1号", "a@", "a.", "@a.", "联系人", "姓名：", "张三", "(0756)", "0.",
        "社区", "1x"})
    void repeatedFragmentsAreScannedInLinearTime(String fragment) {
        String text = fragment.repeat(200_000 / fragment.length());
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            names.add("张" + (char) ('一' + i));
        }
        names.add("张三");
        Redaction r = TextRedactor.standard().redact(text, names);
        assertThat(r.text()).doesNotContain("13812345678");
        assertThat(ResidentialAddress.cutToCommunity(text).length()).isLessThanOrEqualTo(text.length());
    }
}
