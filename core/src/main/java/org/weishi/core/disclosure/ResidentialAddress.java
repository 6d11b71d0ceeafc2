package org.weishi.core.disclosure;

import java.util.Objects;

/**
 * Residential addresses (住址) in their public form: cut to the community (村/社区/居委会).
 *
 * <p>The address is read from the start as a chain of administrative units, each a name followed
 * by a marker: province (省, 自治区), city (市, 自治州, 地区), district (区, 县, 旗), town or street
 * (镇, 乡, 街道), community (社区, 居委会, 村委会, 村, 嘎查). The result is the address up to the end
 * of the community unit; with no community, up to the town or street; then the district; then the
 * city or province. Everything after (road, house number, estate, building, room) is dropped.
 * An address with none of these units gives an empty string: nothing can be shown safely.
 *
 * <pre>
 * 珠海市斗门区井岸镇西埔社区新青路12号3栋501房 → 珠海市斗门区井岸镇西埔社区
 * 斗门镇小濠冲村三队15号                          → 斗门镇小濠冲村
 * 广东省珠海市斗门区白藤街道白藤一路12号          → 广东省珠海市斗门区白藤街道
 * 珠海市香洲区华发新城小区3栋                     → 珠海市香洲区   (小区 is an estate, not a district)
 * 新青路12号                                      → (empty)
 * </pre>
 *
 * @since 0.1.0
 */
public final class ResidentialAddress {

    private static final int PROVINCE = 1;
    private static final int CITY = 2;
    private static final int DISTRICT = 3;
    private static final int TOWN = 4;
    private static final int COMMUNITY = 5;

    /** Markers, longest first where one is a prefix of another; levels in the same order. */
    private static final String[] MARKERS = {
        "特别行政区", "自治区", "省",
        "自治州", "地区", "市",
        "区", "县", "旗",
        "街道", "镇", "乡", "苏木",
        "村民委员会", "居民委员会", "村委会", "居委会", "社区", "嘎查", "村",
    };
    private static final int[] LEVELS = {
        PROVINCE, PROVINCE, PROVINCE,
        CITY, CITY, CITY,
        DISTRICT, DISTRICT, DISTRICT,
        TOWN, TOWN, TOWN, TOWN,
        COMMUNITY, COMMUNITY, COMMUNITY, COMMUNITY, COMMUNITY, COMMUNITY, COMMUNITY,
    };

    /** Longest name of one administrative unit we look across for its marker. */
    private static final int MAX_UNIT_NAME = 10;

    private ResidentialAddress() {
    }

    /**
     * The address cut to the community, or to the nearest larger unit present (see the class
     * description). Leading and trailing spaces are dropped.
     *
     * @param address the full address as stored
     * @return the public part, possibly empty, never longer than the input
     */
    public static String cutToCommunity(String address) {
        Objects.requireNonNull(address, "address");
        String s = address.strip();
        return s.substring(0, publicEnd(s, 0));
    }

    /**
     * The end (exclusive) of the public part of the address starting at {@code start}; equals
     * {@code start} when no administrative unit is found there.
     */
    static int publicEnd(CharSequence s, int start) {
        int[] endOfLevel = new int[COMMUNITY + 1];
        int pos = start;
        int lastLevel = 0;
        while (pos < s.length() && lastLevel < COMMUNITY) {
            int next = -1;
            for (int j = pos + 1; j < s.length() && j <= pos + MAX_UNIT_NAME && Chars.isHan(s.charAt(j - 1)); j++) {
                int m = markerAt(s, j, lastLevel);
                if (m >= 0) {
                    lastLevel = LEVELS[m];
                    next = j + MARKERS[m].length();
                    endOfLevel[lastLevel] = next;
                    break;
                }
            }
            if (next < 0) {
                break;
            }
            pos = next;
        }
        for (int level = COMMUNITY; level >= PROVINCE; level--) {
            if (endOfLevel[level] > 0) {
                return endOfLevel[level];
            }
        }
        return start;
    }

    /** The marker starting at {@code j} with a level not below {@code minLevel}, or -1. */
    private static int markerAt(CharSequence s, int j, int minLevel) {
        for (int m = 0; m < MARKERS.length; m++) {
            String marker = MARKERS[m];
            if (LEVELS[m] < minLevel || !startsWith(s, j, marker)) {
                continue;
            }
            char before = s.charAt(j - 1);
            int after = j + marker.length();
            char next = after < s.length() ? s.charAt(after) : ' ';
            if (marker.equals("区") && "小园景校厂矿社营".indexOf(before) >= 0) {
                continue; // 小区 (estate), 园区, 景区 … are not districts
            }
            if (marker.equals("村") && "路街道巷大里弄口".indexOf(next) >= 0) {
                continue; // 新村路, 村口: a road or place, not a village
            }
            if (marker.equals("市") && "场民政".indexOf(next) >= 0) {
                continue; // 市场, 市民, 市政
            }
            return m;
        }
        return -1;
    }

    private static boolean startsWith(CharSequence s, int at, String prefix) {
        if (at + prefix.length() > s.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (s.charAt(at + i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
