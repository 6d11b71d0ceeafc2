package org.weishi.core.disclosure;

import java.util.Objects;
import java.util.Set;

/**
 * Personal names (姓名) in their public form: the surname is kept and the given name hidden except
 * for its last character when it has two or more.
 *
 * <ul>
 *   <li>张三 → 张*; 张小三 → 张*三; 张小小三 → 张**三 (one {@code *} per hidden character);</li>
 *   <li>compound surnames (欧阳, 司马, 诸葛, 上官 …, see {@link #surnameLength}) are kept whole when
 *       the name has 3 or more characters: 欧阳小明 → 欧阳*明, 欧阳明 → 欧阳*;</li>
 *   <li>a single character → {@code *};</li>
 *   <li>names joined by a middle dot (阿依古丽·买买提) keep their first and last character and the
 *       dot: 阿***·**提;</li>
 *   <li>Latin-script names (John Smith, Zhang Xiaosan) → first letter + {@code *}: {@code J*}.</li>
 * </ul>
 *
 * @since 0.1.0
 */
public final class PersonName {

    /** Two-character surnames (复姓) kept whole by {@link #mask}. */
    private static final Set<String> COMPOUND_SURNAMES = Set.of(
            "欧阳", "太史", "端木", "上官", "司马", "东方", "独孤", "南宫", "万俟", "闻人", "夏侯", "诸葛",
            "尉迟", "公羊", "赫连", "澹台", "皇甫", "宗政", "濮阳", "公冶", "太叔", "申屠", "公孙", "慕容",
            "仲孙", "钟离", "长孙", "宇文", "司徒", "鲜于", "司空", "闾丘", "子车", "亓官", "司寇", "巫马",
            "公西", "颛孙", "壤驷", "公良", "漆雕", "乐正", "宰父", "谷梁", "拓跋", "夹谷", "轩辕", "令狐",
            "段干", "百里", "呼延", "东郭", "南门", "羊舌", "微生", "梁丘", "左丘", "东门", "西门", "南荣",
            "第五", "公乘", "即墨", "达奚", "褚师", "呼衍", "完颜", "单于", "淳于");

    private PersonName() {
    }

    static boolean isCompoundSurname(String twoChars) {
        return COMPOUND_SURNAMES.contains(twoChars);
    }

    /**
     * The length of the surname at the start of a Chinese name: 2 for a compound surname (欧阳,
     * 司马 …) when the name has at least 3 characters, otherwise 1.
     *
     * @param name a Chinese name
     * @return 1 or 2 (0 for an empty name)
     */
    public static int surnameLength(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty()) {
            return 0;
        }
        if (name.length() >= 3 && COMPOUND_SURNAMES.contains(name.substring(0, 2))) {
            return 2;
        }
        return 1;
    }

    /**
     * The public form of a name (see the class description). Leading and trailing spaces are
     * dropped; an empty name stays empty.
     *
     * @param name the name as stored
     * @return the masked name, never containing a hidden character
     */
    public static String mask(String name) {
        Objects.requireNonNull(name, "name");
        String s = name.strip();
        if (s.isEmpty()) {
            return "";
        }
        char first = Chars.normalise(s.charAt(0));
        if (Chars.isAsciiLetter(first)) {
            return first + "*";
        }
        // work on code points so a rare character outside the BMP is hidden whole
        int[] cp = s.codePoints().toArray();
        if (cp.length == 1) {
            return "*";
        }
        StringBuilder b = new StringBuilder(s.length());
        if (s.indexOf('·') >= 0 || s.indexOf('•') >= 0 || s.indexOf('・') >= 0) {
            for (int i = 0; i < cp.length; i++) {
                boolean dot = cp[i] == '·' || cp[i] == '•' || cp[i] == '・';
                if (dot || i == 0 || i == cp.length - 1) {
                    b.appendCodePoint(cp[i]);
                } else {
                    b.append('*');
                }
            }
            return b.toString();
        }
        int surname = cp.length >= 3 && COMPOUND_SURNAMES.contains(new String(cp, 0, 2)) ? 2 : 1;
        b.append(new String(cp, 0, surname));
        int given = cp.length - surname;
        if (given <= 1) {
            return b.append(Chars.stars(given)).toString();
        }
        return b.append(Chars.stars(given - 1)).appendCodePoint(cp[cp.length - 1]).toString();
    }
}
