package org.weishi.core.internal;

import java.util.Map;
import org.weishi.spi.LocalizedText;

/**
 * The bilingual texts of validation messages, by key. Templates name attributes of the
 * constraint in braces ({@code {max}}); {@code {field}} is the field path.
 */
final class Messages {
    private static final Map<String, String[]> TEXTS = Map.ofEntries(
            Map.entry("weishi.required", new String[]{"必填，不能为空", "is required and must not be blank"}),
            Map.entry("weishi.size.max", new String[]{"长度不能超过 {max}", "must be at most {max} long"}),
            Map.entry("weishi.min", new String[]{"不能小于 {value}", "must be at least {value}"}),
            Map.entry("weishi.max", new String[]{"不能大于 {value}", "must be at most {value}"}),
            Map.entry("weishi.phone", new String[]{"不是有效的 11 位手机号码", "is not a valid 11-digit mainland mobile number"}),
            Map.entry("weishi.idNumber", new String[]{"不是有效的 18 位居民身份证号码", "is not a valid 18-character resident ID number"}),
            Map.entry("weishi.money.negative", new String[]{"金额不能为负数", "amount must not be negative"}),
            Map.entry("weishi.money.precision", new String[]{"金额最多两位小数（精确到分）", "amount must have at most two decimals (one fen)"}),
            Map.entry("weishi.money.positive", new String[]{"金额必须大于零（至少 0.01 元）", "amount must be positive (at least 0.01 yuan)"}),
            Map.entry("weishi.envelope.id", new String[]{"资金池编号只能包含小写字母、数字和短横线", "envelope id must be lowercase letters, digits and dashes"}),
            Map.entry("weishi.department.code", new String[]{"部门代码只能包含小写字母、数字和短横线", "department code must be lowercase letters, digits and dashes"}),
            Map.entry("weishi.quarter", new String[]{"季度格式应为 2021Q3", "quarter must look like 2021Q3"}));

    private Messages() {
    }

    static boolean has(String key) {
        return TEXTS.containsKey(key);
    }

    static LocalizedText text(String key, Map<String, Object> attributes) {
        String[] t = TEXTS.get(key);
        if (t == null) {
            // A constraint without one of our keys: keep its own (English) message in both slots.
            return LocalizedText.of(key, key);
        }
        return LocalizedText.of(fill(t[0], attributes), fill(t[1], attributes));
    }

    private static String fill(String template, Map<String, Object> attributes) {
        String s = template;
        for (Map.Entry<String, Object> a : attributes.entrySet()) {
            s = s.replace("{" + a.getKey() + "}", String.valueOf(a.getValue()));
        }
        return s;
    }
}
