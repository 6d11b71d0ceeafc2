package org.weishi.examples.districtrules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.weishi.spi.LocalizedText;
import org.weishi.spi.Money;
import org.weishi.spi.WeishiException;

/**
 * Doumen's settings, from the {@code doumen-rules} block of the district configuration:
 *
 * <pre>{@code
 * { "housingReviewAbove": 300000, "housingDepartment": "housing-construction", "villageSharePercent": 30 }
 * }</pre>
 *
 * Components are loosely typed so that {@link #problems()} can report every mistake at once.
 *
 * @param housingReviewAbove yuan: an engineering project above this also needs the housing bureau (default 300000)
 * @param housingDepartment the housing and construction bureau's department code (default {@code housing-construction})
 * @param villageSharePercent how much of its town's envelope one village may use in a year, in percent (default 30)
 */
public record DoumenRulesConfig(Object housingReviewAbove, Object housingDepartment, Object villageSharePercent) {
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /** @return the defaults */
    public static DoumenRulesConfig defaults() {
        return new DoumenRulesConfig(null, null, null);
    }

    /** @return every problem, each naming its setting, in both languages; empty when usable */
    public List<LocalizedText> problems() {
        List<LocalizedText> out = new ArrayList<>();
        threshold(out);
        department(out);
        share(out);
        return out;
    }

    Money threshold() {
        return threshold(new ArrayList<>());
    }

    String department() {
        return department(new ArrayList<>());
    }

    int share() {
        return share(new ArrayList<>());
    }

    private Money threshold(List<LocalizedText> out) {
        if (housingReviewAbove == null) return Money.ofYuan(300_000);
        try {
            BigDecimal d = new BigDecimal(housingReviewAbove.toString().trim());
            if (d.signum() < 0) {
                out.add(LocalizedText.of("housingReviewAbove：金额不能为负数（实际为 " + d.toPlainString() + "）",
                        "housingReviewAbove: must not be negative (was " + d.toPlainString() + ")"));
                return Money.ZERO;
            }
            return Money.ofYuan(d);
        } catch (NumberFormatException e) {
            out.add(LocalizedText.of("housingReviewAbove：不是金额（实际为 " + housingReviewAbove + "）",
                    "housingReviewAbove: is not an amount of yuan (was " + housingReviewAbove + ")"));
        } catch (IllegalArgumentException | ArithmeticException e) {
            out.add(LocalizedText.of("housingReviewAbove：金额最多两位小数（实际为 " + housingReviewAbove + "）",
                    "housingReviewAbove: must have at most two decimals (was " + housingReviewAbove + ")"));
        }
        return Money.ZERO;
    }

    private String department(List<LocalizedText> out) {
        if (housingDepartment == null) return "housing-construction";
        if (housingDepartment instanceof String s && CODE.matcher(s).matches()) return s;
        out.add(LocalizedText.of("housingDepartment：应为部门代码（实际为 " + housingDepartment + "）",
                "housingDepartment: must be a department code of lowercase letters, digits and dashes (was " + housingDepartment + ")"));
        return "housing-construction";
    }

    private int share(List<LocalizedText> out) {
        if (villageSharePercent == null) return 30;
        if (villageSharePercent instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                && n.intValue() >= 1 && n.intValue() <= 100) {
            return n.intValue();
        }
        out.add(LocalizedText.of("villageSharePercent：应为 1 到 100 之间的整数（实际为 " + villageSharePercent + "）",
                "villageSharePercent: must be a whole percentage from 1 to 100 (was " + villageSharePercent + ")"));
        return 30;
    }

    /**
     * @throws WeishiException {@code WS-PLUGIN-009} listing every problem
     */
    void check() {
        List<LocalizedText> p = problems();
        if (p.isEmpty()) return;
        StringBuilder zh = new StringBuilder("斗门区规则（doumen-rules）的配置有 " + p.size() + " 个问题：");
        StringBuilder en = new StringBuilder("configuration of doumen-rules has " + p.size() + " problem(s):");
        for (int i = 0; i < p.size(); i++) {
            zh.append(' ').append(i + 1).append(") ").append(p.get(i).zh());
            en.append(' ').append(i + 1).append(") ").append(p.get(i).en());
        }
        throw new WeishiException("WS-PLUGIN-009", LocalizedText.of(zh.toString(), en.toString()));
    }
}
