package org.weishi.core.budget;

import org.weishi.spi.LocalizedText;

/**
 * Where an envelope's money comes from. An envelope may be fed by several sources; its view keeps
 * the amount received from each.
 */
public enum FundingSource {
    /** 区财政: the district's finance bureau. */
    DISTRICT_FINANCE("区财政", "district finance"),
    /** 镇（街）财政: the town's or street's own finance. */
    TOWN_FINANCE("镇街财政", "town finance"),
    /** 社会捐赠: donations from companies, charities and residents. */
    SOCIAL_DONATION("社会捐赠", "social donations"),
    /** 新时代文明实践基金: the civilisation-practice foundation. */
    CIVILISATION_FOUNDATION("新时代文明实践基金", "civilisation-practice foundation");

    private final LocalizedText label;

    FundingSource(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    /** @return the source's name in both languages */
    public LocalizedText label() {
        return label;
    }
}
