package org.weishi.plugins.rules.standard;

import org.weishi.spi.Money;
import org.weishi.spi.ProjectKind;
import org.weishi.spi.ProjectType;

/** Names used in verdicts, in both languages. */
final class Labels {
    private Labels() {
    }

    static String zh(ProjectType t) {
        return switch (t) {
            case SERVICE -> "服务类";
            case GOODS -> "货物类";
            case ENGINEERING -> "工程类";
        };
    }

    static String en(ProjectType t) {
        return switch (t) {
            case SERVICE -> "Service";
            case GOODS -> "Goods";
            case ENGINEERING -> "Engineering";
        };
    }

    static String zh(ProjectKind k) {
        return k == ProjectKind.MICRO ? "民生微实事" : "自选动作";
    }

    static String en(ProjectKind k) {
        return k == ProjectKind.MICRO ? "micro-project" : "self-selected project";
    }

    /** @return e.g. {@code 620,000.00 元} */
    static String yuanZh(Money m) {
        return m.formatted() + " 元";
    }

    /** @return e.g. {@code CNY 620,000.00} */
    static String yuanEn(Money m) {
        return "CNY " + m.formatted();
    }
}
