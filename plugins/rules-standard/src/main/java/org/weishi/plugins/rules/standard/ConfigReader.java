package org.weishi.plugins.rules.standard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.weishi.spi.LocalizedText;
import org.weishi.spi.Money;

/**
 * Reads JSON-like values (maps, lists, strings, numbers, booleans) and collects every problem with
 * its path instead of stopping at the first, so a district sees all mistakes at once.
 */
final class ConfigReader {
    static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /** One problem: where, and what, in both languages. */
    record ConfigProblem(String path, LocalizedText text) {
    }

    private final List<ConfigProblem> problems = new ArrayList<>();

    List<ConfigProblem> problems() {
        return List.copyOf(problems);
    }

    void problem(String path, String zh, String en) {
        problems.add(new ConfigProblem(path, LocalizedText.of(zh, en)));
    }

    /** @return the value as an object (map), or null after recording a problem */
    Map<String, Object> object(Object v, String path) {
        if (v == null) return Map.of();
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, val) -> out.put(String.valueOf(k), val));
            return out;
        }
        problem(path, "应为 JSON 对象（实际为 " + show(v) + "）", "must be a JSON object (was " + show(v) + ")");
        return null;
    }

    /** Records a problem for every key not in {@code known}. */
    void onlyKnown(Map<String, Object> m, List<String> known, String path, String ruleId) {
        for (String k : m.keySet()) {
            if (!known.contains(k)) {
                problem(path + "." + k, "规则 " + ruleId + " 没有设置项 '" + k + "'；可用设置项：" + known,
                        "rule " + ruleId + " has no setting '" + k + "'; known settings: " + known);
            }
        }
    }

    /** @return a non-negative amount of yuan with at most two decimals, or null after a problem */
    Money money(Object v, String path) {
        BigDecimal d;
        if (v instanceof Number || v instanceof String) {
            try {
                d = new BigDecimal(v.toString().trim());
            } catch (NumberFormatException e) {
                problem(path, "不是金额（实际为 " + show(v) + "）", "is not an amount of yuan (was " + show(v) + ")");
                return null;
            }
        } else {
            problem(path, "应为金额（元），实际为 " + show(v), "must be an amount of yuan, was " + show(v));
            return null;
        }
        if (d.signum() < 0) {
            problem(path, "金额不能为负数（实际为 " + d.toPlainString() + "）", "must not be negative (was " + d.toPlainString() + ")");
            return null;
        }
        if (d.stripTrailingZeros().scale() > 2) {
            problem(path, "金额最多两位小数（实际为 " + d.toPlainString() + "）",
                    "must have at most two decimals, one fen (was " + d.toPlainString() + ")");
            return null;
        }
        try {
            return Money.ofYuan(d);
        } catch (ArithmeticException e) {
            problem(path, "金额过大（实际为 " + d.toPlainString() + "）", "is too large (was " + d.toPlainString() + ")");
            return null;
        }
    }

    /** @return the boolean, or {@code fallback} after a problem */
    boolean bool(Object v, String path, boolean fallback) {
        if (v instanceof Boolean b) return b;
        problem(path, "应为 true 或 false（实际为 " + show(v) + "）", "must be true or false (was " + show(v) + ")");
        return fallback;
    }

    /** @return a whole number ≥ 0, or {@code fallback} after a problem */
    int count(Object v, String path, int fallback) {
        if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && n.longValue() >= 0 && n.longValue() <= 1_000_000) {
            return n.intValue();
        }
        problem(path, "应为不小于 0 的整数（实际为 " + show(v) + "）", "must be a whole number of at least 0 (was " + show(v) + ")");
        return fallback;
    }

    /** @return the list of codes (lowercase, digits, dashes), or null after a problem */
    List<String> codes(Object v, String path) {
        if (!(v instanceof List<?> l)) {
            problem(path, "应为代码列表，例如 [\"finance\"]（实际为 " + show(v) + "）",
                    "must be a list of codes such as [\"finance\"] (was " + show(v) + ")");
            return null;
        }
        List<String> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < l.size(); i++) {
            Object o = l.get(i);
            if (o instanceof String s && (CODE.matcher(s).matches() || s.equals("*"))) {
                out.add(s);
            } else {
                problem(path + "[" + i + "]", "应为小写字母、数字和短横线组成的代码（实际为 " + show(o) + "）",
                        "must be a code of lowercase letters, digits and dashes (was " + show(o) + ")");
                ok = false;
            }
        }
        return ok ? out : null;
    }

    /** @return the enum constant named by {@code key} (case-insensitive), or null after a problem */
    <E extends Enum<E>> E constant(String key, Class<E> type, String path) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(key.toUpperCase(Locale.ROOT).replace('-', '_'))) return e;
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) names.add(e.name());
        problem(path, "未知的取值 '" + key + "'；可用取值：" + names, "unknown value '" + key + "'; known values: " + names);
        return null;
    }

    static String show(Object v) {
        if (v == null) return "null";
        if (v instanceof String s) return "\"" + s + "\"";
        return v.toString();
    }
}
