package org.weishi.spi;

import java.util.Objects;

/**
 * A text in Simplified Chinese and English. Every reason, verdict and error weishi shows to a
 * person is one of these, so an official reads Chinese and an integrator's log reads English.
 *
 * @param zh the zh-CN text, never blank
 * @param en the English text, never blank
 */
public record LocalizedText(String zh, String en) {
    /** Validates that both texts are present. */
    public LocalizedText {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
        if (zh.isBlank() || en.isBlank()) {
            throw new IllegalArgumentException("both zh and en texts are required");
        }
    }

    /**
     * @param zh zh-CN text
     * @param en English text
     * @return the pair
     */
    public static LocalizedText of(String zh, String en) {
        return new LocalizedText(zh, en);
    }

    /** @return {@code "zh / en"}, the form used in one-line error output */
    public String both() {
        return zh + " / " + en;
    }

    @Override
    public String toString() {
        return both();
    }
}
