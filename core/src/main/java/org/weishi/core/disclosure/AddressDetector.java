package org.weishi.core.disclosure;

import java.util.List;
import java.util.Set;

/**
 * Finds house-number details of addresses in free text (package-private): a number followed by
 * 号/号楼/栋/幢/座/单元/楼/层/室/房, repeated ("12号3栋501房"), when it either follows a road or
 * village unit (路, 街, 巷, 弄, 道, 里, 队, 组, 村, 社区) or has at least two parts. The road name
 * itself is kept; the detail is replaced by {@code ***}.
 */
final class AddressDetector {

    static final String REPLACEMENT = "***";

    /** Unit words after a number, longest first where one is a prefix of another. */
    private static final String[] UNITS = {"号楼", "单元", "号", "栋", "幢", "座", "楼", "层", "室", "房"};
    /** Units that place a household (a floor alone, 3楼 or 3层, does not). */
    private static final Set<String> STRONG = Set.of("号楼", "单元", "号", "栋", "幢", "座", "室", "房");
    private static final String ROAD_ENDS = "路街巷弄道里队组村区";

    private AddressDetector() {
    }

    static void detect(char[] n, List<Hit> out) {
        int len = n.length;
        int i = 0;
        while (i < len) {
            if (!Chars.isDigit(n[i]) || (i > 0 && (Chars.isAsciiAlnum(n[i - 1]) || n[i - 1] == '.'))) {
                i++;
                continue;
            }
            int p = i;
            int q = p;
            int parts = 0;
            int strong = 0;
            String lastUnit = "";
            while (q < len && Chars.isDigit(n[q])) {
                int r = q;
                while (r < len && Chars.isDigit(n[r])) {
                    r++;
                }
                if (r + 1 < len && n[r] == '-' && Chars.isDigit(n[r + 1])) {
                    r++;
                    while (r < len && Chars.isDigit(n[r])) {
                        r++;
                    }
                }
                String unit = unitAt(n, r);
                if (unit == null) {
                    // a bare room number after a building ("3栋501") still belongs to the address
                    boolean trailingRoom = parts > 0 && r - q <= 4 && !lastUnit.equals("号")
                            && !lastUnit.equals("楼") && !lastUnit.equals("层")
                            && (r >= len || !(Chars.isAsciiAlnum(n[r]) || n[r] == '.'));
                    if (trailingRoom) {
                        q = r;
                    }
                    break;
                }
                parts++;
                if (STRONG.contains(unit)) {
                    strong++;
                }
                lastUnit = unit;
                q = r + unit.length();
            }
            boolean afterRoad = p > 0 && ROAD_ENDS.indexOf(n[p - 1]) >= 0 && !(n[p - 1] == '区' && p > 1 && n[p - 2] != '社' && n[p - 2] != '小');
            if (strong > 0 && (parts >= 2 || afterRoad)) {
                out.add(new Hit(PiiKind.ADDRESS, p, q, REPLACEMENT));
                i = q;
            } else {
                // no later start inside this chain can qualify (its parts are all weak, or it has
                // one part not after a road), so skipping it keeps the scan linear
                i = Math.max(q, p + 1);
            }
        }
    }

    private static String unitAt(char[] n, int r) {
        for (String unit : UNITS) {
            if (r + unit.length() <= n.length) {
                boolean same = true;
                for (int u = 0; u < unit.length(); u++) {
                    if (n[r + u] != unit.charAt(u)) {
                        same = false;
                        break;
                    }
                }
                if (same) {
                    return unit;
                }
            }
        }
        return null;
    }
}
