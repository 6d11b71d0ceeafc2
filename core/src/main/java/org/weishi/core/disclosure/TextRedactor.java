package org.weishi.core.disclosure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Masks personal information written inside free text before it is published: demand
 * descriptions, meeting minutes, objections, wish texts, acceptance notes.
 *
 * <p>What is found and how it is masked (details and examples in {@code docs/redaction.md}):
 * <ul>
 *   <li>mobile numbers, with or without {@code +86}, spaces or dashes → {@code 138****5678};</li>
 *   <li>valid resident ID numbers (18 characters with a correct check character, or the old 15-digit
 *       form) → {@code 1****************X};</li>
 *   <li>bank cards (16–19 digits passing the Luhn check) → {@code **** **** **** 1234};</li>
 *   <li>landlines with a separated area code ({@code 0756-1234567}) → {@code 0756-*****67};</li>
 *   <li>e-mail addresses → {@code z***@example.com};</li>
 *   <li>house-number details of addresses ({@code 新青路12号3栋501房} → {@code 新青路***});</li>
 *   <li>every occurrence of a known personal name (from the personal-data vault) → {@code 张*三};</li>
 *   <li>names after a form label ({@code 姓名：张三}, {@code 联系人张三}) → {@code 张*}.</li>
 * </ul>
 *
 * <p>What the caller can rely on: a number is matched only as a whole run of digits (and spaced or
 * dashed groups of digits), never inside a longer run of digits or letters; an 18-digit number that
 * looks like an ID number but has a wrong check character is left exactly as written (it is not
 * read as a phone or a card either); amounts, dates, counts and other numbers stay as they are.
 * Full-width digits and letters are recognised like ASCII ones. The scan is linear in the text
 * length and uses no backtracking regular expressions.
 *
 * <p>A redactor is immutable and thread-safe; build one per configuration and share it.
 *
 * <pre>{@code
 * TextRedactor redactor = TextRedactor.standard();
 * Redaction r = redactor.redact(demand.description(), vault.namesOf(demand.submitter()));
 * String publicText = r.text();                       // safe to publish
 * log.info("masked {} in demand {}", r, demand.id()); // counts only
 * }</pre>
 *
 * @since 0.1.0
 */
public final class TextRedactor {

    private static final TextRedactor STANDARD = new Builder().build();

    private static final Comparator<Hit> BY_POSITION =
            Comparator.<Hit>comparingInt(h -> h.start).thenComparingInt(h -> -h.end);

    private final NameMatcher knownNames;
    private final boolean labelledNames;
    private final boolean landlines;
    private final boolean addresses;

    private TextRedactor(NameMatcher knownNames, boolean labelledNames, boolean landlines, boolean addresses) {
        this.knownNames = knownNames;
        this.labelledNames = labelledNames;
        this.landlines = landlines;
        this.addresses = addresses;
    }

    /**
     * A redactor with every detector on and no known names.
     *
     * @return the shared standard redactor
     */
    public static TextRedactor standard() {
        return STANDARD;
    }

    /**
     * A builder starting from the standard configuration.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A redactor like this one that also masks every occurrence of the given names. Names shorter
     * than 2 characters are ignored; Latin-script names match as whole words, ignoring case.
     *
     * @param names the personal names to mask (replaces the names this redactor knew)
     * @return a new redactor
     */
    public TextRedactor withKnownNames(Collection<String> names) {
        Objects.requireNonNull(names, "names");
        return new TextRedactor(NameMatcher.of(names), labelledNames, landlines, addresses);
    }

    /**
     * Redacts {@code text} with this redactor's configuration.
     *
     * @param text the free text, as entered
     * @return the public text and the findings
     */
    public Redaction redact(CharSequence text) {
        return redact(text, NameMatcher.EMPTY);
    }

    /**
     * Redacts {@code text}, masking in addition every occurrence of {@code extraNames} (for example
     * the names of the people behind this one demand, taken from the personal-data vault).
     *
     * @param text the free text, as entered
     * @param extraNames names to mask in this text only; may be empty
     * @return the public text and the findings
     */
    public Redaction redact(CharSequence text, Collection<String> extraNames) {
        Objects.requireNonNull(extraNames, "extraNames");
        return redact(text, extraNames.isEmpty() ? NameMatcher.EMPTY : NameMatcher.of(extraNames));
    }

    private Redaction redact(CharSequence text, NameMatcher extra) {
        Objects.requireNonNull(text, "text");
        char[] n = Chars.normalise(text);
        List<Hit> hits = new ArrayList<>();
        EmailDetector.detect(n, hits);
        NumberDetector.detect(n, landlines, hits);
        if (addresses) {
            AddressDetector.detect(n, hits);
        }
        if (labelledNames) {
            LabelledNameDetector.detect(n, hits);
        }
        addNames(text, n, extra, hits);
        if (hits.isEmpty()) {
            return new Redaction(text.toString(), List.of());
        }
        hits.sort(BY_POSITION);
        StringBuilder out = new StringBuilder(text.length());
        List<Redaction.Finding> findings = new ArrayList<>();
        int copied = 0;
        for (Hit h : hits) {
            if (h.start < copied) {
                continue; // overlaps a span already masked: the earlier (or longer) one wins
            }
            out.append(text, copied, h.start);
            int rs = out.length();
            out.append(h.replacement);
            findings.add(new Redaction.Finding(h.kind, h.start, h.end, rs, out.length()));
            copied = h.end;
        }
        out.append(text, copied, text.length());
        return new Redaction(out.toString(), findings);
    }

    /** Known-name occurrences, overlapping ones merged so no part of a listed name survives. */
    private void addNames(CharSequence text, char[] n, NameMatcher extra, List<Hit> hits) {
        if (knownNames.isEmpty() && extra.isEmpty()) {
            return;
        }
        List<int[]> spans = new ArrayList<>();
        knownNames.find(n, spans);
        extra.find(n, spans);
        if (spans.isEmpty()) {
            return;
        }
        spans.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> -s[1]));
        int start = spans.get(0)[0];
        int end = spans.get(0)[1];
        for (int[] s : spans) {
            if (s[0] < end) {
                end = Math.max(end, s[1]);
            } else {
                hits.add(nameHit(text, start, end));
                start = s[0];
                end = s[1];
            }
        }
        hits.add(nameHit(text, start, end));
    }

    private static Hit nameHit(CharSequence text, int start, int end) {
        return new Hit(PiiKind.NAME, start, end, PersonName.mask(text.subSequence(start, end).toString()));
    }

    /** Configuration only, never a name: e.g. {@code TextRedactor[knownNames=yes, labelledNames=true, …]}. */
    @Override
    public String toString() {
        return "TextRedactor[knownNames=" + (knownNames.isEmpty() ? "none" : "yes")
                + ", labelledNames=" + labelledNames + ", landlines=" + landlines + ", addresses=" + addresses + "]";
    }

    /**
     * Builds a {@link TextRedactor}. Every detector is on by default; the switches are for texts
     * where a heuristic does more harm than good. Not thread-safe; the redactor it builds is.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private Collection<String> knownNames = List.of();
        private boolean labelledNames = true;
        private boolean landlines = true;
        private boolean addresses = true;

        private Builder() {
        }

        /**
         * Names to mask wherever they occur (see {@link TextRedactor#withKnownNames}).
         *
         * @param names the names; copied
         * @return this builder
         */
        public Builder knownNames(Collection<String> names) {
            this.knownNames = List.copyOf(Objects.requireNonNull(names, "names"));
            return this;
        }

        /**
         * Whether to mask names written after a form label (姓名：, 联系人, 申请人 …). Default on.
         *
         * @param on the switch
         * @return this builder
         */
        public Builder labelledNames(boolean on) {
            this.labelledNames = on;
            return this;
        }

        /**
         * Whether to mask landline numbers with a separated area code. Default on.
         *
         * @param on the switch
         * @return this builder
         */
        public Builder landlines(boolean on) {
            this.landlines = on;
            return this;
        }

        /**
         * Whether to mask house-number details of addresses (号/栋/室 …). Default on.
         *
         * @param on the switch
         * @return this builder
         */
        public Builder addresses(boolean on) {
            this.addresses = on;
            return this;
        }

        /**
         * The redactor.
         *
         * @return a new immutable redactor
         */
        public TextRedactor build() {
            return new TextRedactor(NameMatcher.of(knownNames), labelledNames, landlines, addresses);
        }
    }
}
