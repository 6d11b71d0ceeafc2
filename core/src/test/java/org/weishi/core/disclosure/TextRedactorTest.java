package org.weishi.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextRedactorTest {

    private static final TextRedactor REDACTOR = TextRedactor.standard();
    private static final String VALID_ID = "11010519491231002X";
    private static final String VALID_ID_DIGIT = ResidentIdNumberTest.fix("44040319850612301");

    private static String redact(String text) {
        return REDACTOR.redact(text).text();
    }

    @Nested
    @DisplayName("mobile numbers")
    class Mobiles {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "联系电话13812345678，谢谢 | 联系电话138****5678，谢谢",
            "电话：138 1234 5678。 | 电话：138****5678。",
            "电话：138-1234-5678 | 电话：138****5678",
            "请拨+86 138 1234 5678 | 请拨+86 138****5678",
            "请拨+8613812345678 | 请拨+86138****5678",
            "请拨８６１３８１２３４５６７８ | 请拨86138****5678",
            "手机１３８１２３４５６７８。 | 手机138****5678。",
            "13812345678 | 138****5678",
            "a: 13812345678,13987654321 | a: 138****5678,139****4321",
            "13812345678 2021年 | 138****5678 2021年",
            "1 2 3 4 5 6 7 138 1234 5678 | 1 2 3 4 5 6 7 138****5678",
            "1-2-3-4-5-6 138-1234-5678-9-9 | 1-2-3-4-5-6 138****5678-9-9",
            "1 2 3 4 5 6 7 8 9 10 11 12 13812345678 | 1 2 3 4 5 6 7 8 9 10 11 12 138****5678",
            "2021-13812345678 | 2021-138****5678",
        })
        void areMasked(String text, String expected) {
            assertThat(redact(text)).isEqualTo(expected);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "订单号 138123456789 不是手机",   // 12 digits
            "编号 913812345678",             // inside a longer run
            "编号WS13812345678",             // after letters
            "编号13812345678A",              // before letters
            "金额 0.13812345678 元",          // a decimal fraction
            "热线12345，报警110",
            "预算 12000000 元",
        })
        void inLongerRunsOrOtherNumbersAreLeftAlone(String text) {
            assertThat(redact(text)).isEqualTo(text);
        }
    }

    @Nested
    @DisplayName("resident ID numbers")
    class ResidentIds {

        @Test
        void validNumbersAreMaskedInAnyForm() {
            assertThat(redact("身份证号" + VALID_ID + "，住址")).isEqualTo("身份证号1****************X，住址");
            assertThat(redact("身份证号11010519491231002x。")).isEqualTo("身份证号1****************X。");
            assertThat(redact("身份证：110105 19491231 002X")).isEqualTo("身份证：1****************X");
            assertThat(redact("身份证：１１０１０５１９４９１２３１００２Ｘ")).isEqualTo("身份证：1****************X");
            assertThat(redact("ID " + VALID_ID_DIGIT + " ok")).isEqualTo("ID 4****************" + VALID_ID_DIGIT.charAt(17) + " ok");
            assertThat(redact("旧证110105491231002")).isEqualTo("旧证1*************2");
        }

        @Test
        @DisplayName("bad input (issue 6): an ID-like number with a wrong check character in free text is left as is")
        void wrongCheckCharacterIsLeftAsIs() {
            char good = VALID_ID_DIGIT.charAt(17);
            for (char wrong : "0123456789X".toCharArray()) {
                if (wrong == good) {
                    continue;
                }
                String id = VALID_ID_DIGIT.substring(0, 17) + wrong;
                String text = "申请人身份证号" + id + "，联系电话见附件。";
                Redaction r = TextRedactor.builder().labelledNames(false).build().redact(text);
                assertThat(r.text()).as("wrong check character %s", wrong).isEqualTo(text);
                assertThat(r.findings()).as("nothing found for %s", id).isEmpty();
            }
        }

        @Test
        void wrongCheckCharacterIsNotReadAsACardEvenWhenLuhnValid() {
            int luhnValid = 0;
            for (int seq = 100; seq < 130; seq++) {
                String first17 = "440403" + "19851231" + seq;
                char good = ResidentIdNumber.checkCharacter(first17);
                for (char wrong : "0123456789".toCharArray()) {
                    if (wrong == good) {
                        continue;
                    }
                    String id = first17 + wrong;
                    if (BankCardNumber.isLuhnValid(id)) {
                        luhnValid++;
                    }
                    assertThat(redact("号码" + id + "有误")).as(id).isEqualTo("号码" + id + "有误");
                    assertThat(redact("号码 " + id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14)))
                            .as("grouped %s", id).doesNotContain("*");
                }
            }
            assertThat(luhnValid).as("some wrong-check numbers pass Luhn, so the card rule was really tested")
                    .isPositive();
        }
    }

    @Nested
    @DisplayName("bank cards, landlines, e-mail")
    class CardsLandlinesEmail {

        @Test
        void luhnValidCardsKeepLastFour() {
            String card = BankCardNumberTest.CARD19;
            assertThat(redact("退款卡号" + card + "。")).isEqualTo("退款卡号**** **** **** " + card.substring(15) + "。");
            assertThat(redact("卡号 4111 1111 1111 1111，")).isEqualTo("卡号 **** **** **** 1111，");
        }

        @Test
        void luhnInvalidNumbersStay() {
            assertThat(redact("流水号 4111111111111112")).isEqualTo("流水号 4111111111111112");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "办公室0756-5512345 | 办公室0756-*****45",
            "办公室 0756 5512345。 | 办公室 0756-*****45。",
            "办公室（0756）5512345 | 办公室(0756)*****45",
            "总机020-87654321转8001 | 总机020-******21转8001",
        })
        void landlinesWithSeparatedAreaCode(String text, String expected) {
            assertThat(redact(text)).isEqualTo(expected);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"日期2021-03-15", "编号07565512345", "第0756-12号"})
        void noLandlineWithoutASeparatedValidShape(String text) {
            assertThat(redact(text)).isEqualTo(text);
        }

        @Test
        void emailsIncludingOnesMadeOfAPhoneNumber() {
            assertThat(redact("邮箱zhangsan@example.com。")).isEqualTo("邮箱z***@example.com。");
            assertThat(redact("邮箱13812345678@qq.com")).isEqualTo("邮箱1***@qq.com");
            assertThat(redact("写信到 a.b@doumen.gov.cn.")).isEqualTo("写信到 a***@doumen.gov.cn.");
            assertThat(redact("@某某 请看")).isEqualTo("@某某 请看");
        }
    }

    @Nested
    @DisplayName("names and addresses")
    class NamesAndAddresses {

        @Test
        void knownNamesAreMaskedEverywhere() {
            Redaction r = REDACTOR.redact("张小三反映楼道灯坏了，张小三的邻居欧阳小明也同意。", List.of("张小三", "欧阳小明"));
            assertThat(r.text()).isEqualTo("张*三反映楼道灯坏了，张*三的邻居欧阳*明也同意。");
            assertThat(r.count(PiiKind.NAME)).isEqualTo(3);
        }

        @Test
        void knownNamesFromTheRedactorAndPerCallAreBothUsed() {
            TextRedactor withNames = REDACTOR.withKnownNames(List.of("李四"));
            assertThat(withNames.redact("李四和王五", List.of("王五")).text()).isEqualTo("李*和王*");
            assertThat(withNames.toString()).doesNotContain("李四");
        }

        @Test
        void overlappingNamesAreMaskedTogether() {
            assertThat(REDACTOR.redact("张三丰来了", List.of("张三", "三丰")).text()).isEqualTo("张*丰来了");
        }

        @Test
        void latinNamesMatchWholeWordsIgnoringCase() {
            Redaction r = REDACTOR.redact("Li Ming wrote; li ming agreed; Li Mingzhu did not.", List.of("Li Ming"));
            assertThat(r.text()).isEqualTo("L* wrote; l* agreed; Li Mingzhu did not.");
        }

        @Test
        void singleCharacterNamesAreIgnored() {
            assertThat(REDACTOR.redact("王老师来了", List.of("王")).text()).isEqualTo("王老师来了");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "姓名：张三，电话见下 | 姓名：张*，电话见下",
            "联系人：欧阳小明。 | 联系人：欧阳*明。",
            "联系人张小三电话 | 联系人张*三电话",
            "联系人电话：13812345678 | 联系人电话：138****5678",
            "申请人 李四 | 申请人 李*",
            "联系人：王阿姨，电话 | 联系人：王阿姨，电话",
            "联系人张先生 | 联系人张先生",
        })
        void labelledNames(String text, String expected) {
            assertThat(redact(text)).isEqualTo(expected);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "我住在西埔社区新青路12号3栋501房，想反映 | 我住在西埔社区新青路***，想反映",
            "小濠冲村三队15号 | 小濠冲村三队***",
            "华发新城小区3栋501，楼下 | 华发新城小区***，楼下",
            "家住翠湖路8号之后 | 家住翠湖路***之后",
        })
        void houseNumbersAreCut(String text, String expected) {
            assertThat(redact(text)).isEqualTo(expected);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"3月15号开会", "翠湖路改造", "地铁2号线", "在3楼会议室", "翠湖路3楼", "1楼2层", "为22户改造", "第3号议题", "霞山公园1号门"})
        void otherNumbersWithUnitsStay(String text) {
            assertThat(redact(text)).isEqualTo(text);
        }
    }

    @Nested
    @DisplayName("findings")
    class Findings {

        @Test
        void recordWhereAndWhatButNeverTheValue() {
            String text = "张小三，电话13812345678，身份证" + VALID_ID + "。";
            Redaction r = REDACTOR.redact(text, List.of("张小三"));
            assertThat(r.findings()).extracting(Redaction.Finding::kind)
                    .containsExactly(PiiKind.NAME, PiiKind.MOBILE, PiiKind.RESIDENT_ID);
            for (Redaction.Finding f : r.findings()) {
                String replacement = r.text().substring(f.redactedStart(), f.redactedEnd());
                assertThat(replacement).contains("*");
                assertThat(text.substring(f.start(), f.end())).doesNotContain("*");
            }
            Redaction.Finding mobile = r.findings().get(1);
            assertThat(text.substring(mobile.start(), mobile.end())).isEqualTo("13812345678");
            assertThat(r.toString()).isEqualTo("Redaction[length=" + r.text().length() + ", NAME=1, MOBILE=1, RESIDENT_ID=1]")
                    .doesNotContain("138").doesNotContain("张");
            assertThat(mobile.toString()).doesNotContain("138");
            assertThat(r.counts()).containsEntry(PiiKind.MOBILE, 1).hasSize(3);
        }

        @Test
        void cleanTextComesBackUnchanged() {
            String text = "2021年斗门区共实施民生微实事项目421个，投入约8700万元，其中201个在建、77个完工。";
            Redaction r = REDACTOR.redact(text);
            assertThat(r.text()).isEqualTo(text);
            assertThat(r.changed()).isFalse();
        }

        @Test
        void switchesTurnHeuristicsOff() {
            TextRedactor plain = TextRedactor.builder().labelledNames(false).landlines(false).addresses(false).build();
            String text = "姓名：张三，电话0756-5512345，住新青路12号";
            assertThat(plain.redact(text).text()).isEqualTo(text);
        }
    }
}
