package org.weishi.core.disclosure;

import java.util.List;

/**
 * Finds mobile numbers, resident ID numbers, bank cards and landlines in normalised text, in one
 * left-to-right pass (package-private).
 *
 * <p>The text is cut into chains of digit groups joined by single spaces or dashes ("138 1234
 * 5678", "2021-03-15"). A pattern may cover one group or several consecutive groups of a chain,
 * but never part of a group: a number inside a longer run of digits or letters is not matched.
 * From each group the longest pattern is tried first; a group that starts no pattern is skipped.
 * Every group is looked at a bounded number of times, so the pass is linear in the text length.
 */
final class NumberDetector {

    /** Groups collected per chain before the chain is cut (a cut is a separator, so still a boundary). */
    private static final int MAX_GROUPS = 8;
    /** Most groups one pattern may span: "+86 138 1234 5678" is 4, "6222 0212 3456 7890 123" is 5. */
    private static final int MAX_SPAN = 5;
    /** Most digits any pattern may hold: a 19-digit card, or 0086 plus a mobile number. */
    private static final int MAX_DIGITS = 19;

    private NumberDetector() {
    }

    static void detect(char[] n, boolean landlines, List<Hit> out) {
        int len = n.length;
        int[] gs = new int[MAX_GROUPS];
        int[] ge = new int[MAX_GROUPS];
        char[] d = new char[MAX_DIGITS + 1];
        int i = 0;
        while (i < len) {
            char c = n[i];
            if (c == '(' && landlines) {
                int end = parenthesisedLandline(n, i, out);
                i = end > i ? end : i + 1;
                continue;
            }
            if (!Chars.isDigit(c)) {
                i++;
                continue;
            }
            if (i > 0 && (Chars.isAsciiLetter(n[i - 1]) || isDecimalPoint(n, i - 1))) {
                // part of a code such as "WS2021001" or the fraction of a decimal: skip the whole token
                while (i < len && (Chars.isAsciiAlnum(n[i]) || isDecimalPoint(n, i))) {
                    i++;
                }
                continue;
            }
            int g = 0;
            int j = i;
            while (true) {
                int s = j;
                while (j < len && Chars.isDigit(n[j])) {
                    j++;
                }
                gs[g] = s;
                ge[g] = j;
                g++;
                if (g < MAX_GROUPS && j + 1 < len && isSeparator(n[j]) && Chars.isDigit(n[j + 1])) {
                    j++;
                    continue;
                }
                break;
            }
            int end = ge[g - 1];
            boolean x = end < len && (n[end] == 'X' || n[end] == 'x')
                    && (end + 1 >= len || !(Chars.isAsciiAlnum(n[end + 1]) || isDecimalPoint(n, end + 1)));
            // the last group cannot end a pattern if a letter, a decimal point or more digits follow
            boolean lastTainted = end < len && (Chars.isAsciiAlnum(n[end]) || isDecimalPoint(n, end));
            // A chain cut at MAX_GROUPS goes on: only start patterns where a full window of
            // MAX_SPAN groups is in hand, then resume the scan at the first group not yet tried,
            // so a number straddling the cut ("1 2 3 4 5 6 7 138 1234 5678") is still found.
            boolean cut = g == MAX_GROUPS && end + 1 < len && isSeparator(n[end]) && Chars.isDigit(n[end + 1]);
            int limit = cut ? g - MAX_SPAN + 1 : g;
            int k = 0;
            while (k < limit) {
                int matched = matchFrom(n, gs, ge, g, k, lastTainted, x, landlines, d, out);
                k = matched >= 0 ? matched + 1 : k + 1;
            }
            i = cut && k < g ? gs[k] : end;
        }
    }

    /**
     * Tries the patterns starting at group {@code k}, longest first. Returns the index of the last
     * group consumed (by a hit, or by an ID-shaped number left alone on purpose), or -1.
     */
    private static int matchFrom(char[] n, int[] gs, int[] ge, int g, int k, boolean lastTainted, boolean x,
            boolean landlines, char[] d, List<Hit> out) {
        int last = Math.min(g - 1, k + MAX_SPAN - 1);
        for (int m = last; m >= k; m--) {
            int total = 0;
            for (int q = k; q <= m; q++) {
                total += ge[q] - gs[q];
            }
            if (total > MAX_DIGITS) {
                continue;
            }
            int t = 0;
            for (int q = k; q <= m; q++) {
                for (int p = gs[q]; p < ge[q]; p++) {
                    d[t++] = n[p];
                }
            }
            boolean endsChain = m == g - 1;
            if (endsChain && x && total == 17) {
                d[17] = 'X';
                if (ResidentIdNumber.valid18(d, 0)) {
                    out.add(new Hit(PiiKind.RESIDENT_ID, gs[k], ge[m] + 1, ResidentIdNumber.maskValid(d, 0, 18)));
                    return m;
                }
                if (m == k && ResidentIdNumber.shaped18(d, 0)) {
                    return m; // an ID-like number with a wrong check character: left as is
                }
            }
            if (endsChain && lastTainted) {
                continue;
            }
            int r = match(n, gs, ge, k, m, d, total, landlines, out);
            if (r != 0) {
                return m;
            }
        }
        return -1;
    }

    /** 1: a hit was added; -1: consumed without a hit (ID-shaped, wrong check); 0: no pattern. */
    private static int match(char[] n, int[] gs, int[] ge, int k, int m, char[] d, int total, boolean landlines,
            List<Hit> out) {
        int start = gs[k];
        int end = ge[m];
        boolean single = m == k;
        if (total == 18) {
            if (ResidentIdNumber.valid18(d, 0)) {
                out.add(new Hit(PiiKind.RESIDENT_ID, start, end, ResidentIdNumber.maskValid(d, 0, 18)));
                return 1;
            }
            if (single && ResidentIdNumber.shaped18(d, 0)) {
                // Looks like an ID number (region, birth date) but the check character is wrong:
                // it is not an ID, and it must not be read as a card or a phone either.
                return -1;
            }
        }
        if (total == 15 && (single || lengths(gs, ge, k, m, 6, 6, 3)) && ResidentIdNumber.valid15(d, 0)) {
            out.add(new Hit(PiiKind.RESIDENT_ID, start, end, ResidentIdNumber.maskValid(d, 0, 15)));
            return 1;
        }
        if (total >= 16 && total <= 19 && d[0] != '0' && (single || cardGroups(gs, ge, k, m))
                && !(total == 18 && ResidentIdNumber.shaped18(d, 0)) && BankCardNumber.luhn(d, 0, total)) {
            out.add(new Hit(PiiKind.BANK_CARD, start, end,
                    BankCardNumber.maskedLast4(new String(d, total - 4, 4))));
            return 1;
        }
        if (mobile(n, gs, ge, k, m, d, total, out)) {
            return 1;
        }
        if (landlines && m == k + 1 && isSeparator(n[ge[k]])) {
            int areaLen = ge[k] - gs[k];
            int localLen = ge[m] - gs[m];
            if (LandlineNumber.isAreaCode(d, 0, areaLen) && LandlineNumber.isLocal(d, areaLen, localLen, areaLen)) {
                out.add(new Hit(PiiKind.LANDLINE, start, end, LandlineNumber.mask(
                        new String(d, 0, areaLen), new String(d, areaLen, localLen))));
                return 1;
            }
        }
        return 0;
    }

    private static boolean mobile(char[] n, int[] gs, int[] ge, int k, int m, char[] d, int total, List<Hit> out) {
        int first = ge[k] - gs[k];
        int prefixDigits;
        int from; // first group of the national number
        if (m == k && total == 13 && d[0] == '8' && d[1] == '6') {
            prefixDigits = 2;
            from = k;
        } else if (m > k && first == 2 && d[0] == '8' && d[1] == '6') {
            prefixDigits = 2;
            from = k + 1;
        } else if (m > k && first == 4 && d[0] == '0' && d[1] == '0' && d[2] == '8' && d[3] == '6') {
            prefixDigits = 4;
            from = k + 1;
        } else {
            prefixDigits = 0;
            from = k;
        }
        if (!MobileNumber.isMobile11(d, prefixDigits, total - prefixDigits)) {
            return false;
        }
        if (from < m || prefixDigits == 0) {
            boolean shapeOk = from == m
                    || lengths(gs, ge, from, m, 3, 4, 4)
                    || lengths(gs, ge, from, m, 3, 8)
                    || lengths(gs, ge, from, m, 7, 4);
            if (!shapeOk) {
                return false;
            }
        }
        int start = gs[k];
        if (prefixDigits > 0 && start > 0 && n[start - 1] == '+') {
            start--;
        }
        // keep the prefix as written ("+86 ", "86"), mask the national number
        int nationalStart = prefixDigits == 0 ? gs[k] : (from == k ? gs[k] + prefixDigits : gs[from]);
        String prefix = new String(n, start, nationalStart - start);
        out.add(new Hit(PiiKind.MOBILE, start, ge[m],
                prefix + MobileNumber.mask11(new String(d, prefixDigits, 11))));
        return true;
    }

    /** Groups k..m are 4 digits each except the last, which has 1–4: "6222 0212 3456 7890 123". */
    private static boolean cardGroups(int[] gs, int[] ge, int k, int m) {
        for (int q = k; q < m; q++) {
            if (ge[q] - gs[q] != 4) {
                return false;
            }
        }
        int lastLen = ge[m] - gs[m];
        return lastLen >= 1 && lastLen <= 4;
    }

    private static boolean lengths(int[] gs, int[] ge, int k, int m, int... expected) {
        if (m - k + 1 != expected.length) {
            return false;
        }
        for (int q = k; q <= m; q++) {
            if (ge[q] - gs[q] != expected[q - k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * "(0756)5512345" or "(0756) 5512345": an area code in parentheses, then the local number.
     * Returns the end of the hit, or {@code i} when there is none.
     */
    private static int parenthesisedLandline(char[] n, int i, List<Hit> out) {
        int len = n.length;
        int a = i + 1;
        int j = a;
        while (j < len && Chars.isDigit(n[j])) {
            j++;
        }
        int areaLen = j - a;
        if ((areaLen != 3 && areaLen != 4) || j >= len || n[j] != ')') {
            return i;
        }
        j++;
        if (j < len && isSeparator(n[j])) {
            j++;
        }
        int l = j;
        while (j < len && Chars.isDigit(n[j])) {
            j++;
        }
        int localLen = j - l;
        if (localLen < 7 || localLen > 8 || (j < len && (Chars.isAsciiAlnum(n[j]) || isDecimalPoint(n, j)))) {
            return i;
        }
        if (!LandlineNumber.isAreaCode(n, a, areaLen) || !LandlineNumber.isLocal(n, l, localLen, areaLen)) {
            return i;
        }
        out.add(new Hit(PiiKind.LANDLINE, i, j,
                "(" + new String(n, a, areaLen) + ")" + LandlineNumber.mask("", new String(n, l, localLen)).substring(1)));
        return j;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-';
    }

    /** A '.' between two digits: the number around it is a decimal, not an identifier. */
    private static boolean isDecimalPoint(char[] n, int p) {
        return p > 0 && p + 1 < n.length && n[p] == '.' && Chars.isDigit(n[p - 1]) && Chars.isDigit(n[p + 1]);
    }
}
