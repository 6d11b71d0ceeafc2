package org.weishi.core.disclosure;

import java.util.List;

/** Finds e-mail addresses around each '@' of normalised text, in linear time (package-private). */
final class EmailDetector {

    private EmailDetector() {
    }

    static void detect(char[] n, List<Hit> out) {
        int lowerBound = 0;
        for (int at = 0; at < n.length; at++) {
            if (n[at] != '@') {
                continue;
            }
            // local chars never include '@', so the left scans of successive '@' never overlap
            int l = at;
            while (l > lowerBound && EmailAddress.isLocalChar(n[l - 1])) {
                l--;
            }
            while (l < at && n[l] == '.') {
                l++;
            }
            if (l == at) {
                continue;
            }
            int end = EmailAddress.domainEnd(n, at + 1);
            if (end < 0) {
                continue;
            }
            out.add(new Hit(PiiKind.EMAIL, l, end, EmailAddress.mask(n, l, at, end)));
            lowerBound = end;
            at = end - 1;
        }
    }
}
