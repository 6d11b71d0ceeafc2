package org.weishi.core.disclosure;

import java.util.List;

/**
 * Finds names written after a form label in free text (package-private): "姓名：张三",
 * "联系人：欧阳小明", "申请人张小三". After a colon or a space any 2–3 Chinese characters (4 with a
 * compound surname) are taken as the name; directly after the label only when the first character
 * is a common surname, so "联系人电话" is not read as a name.
 */
final class LabelledNameDetector {

    private static final String[] LABELS = {
        "姓名", "联系人", "申请人", "反映人", "求助人", "户主", "监护人", "受助人", "当事人", "报名人",
    };

    private static final String LABEL_STARTS = firstChars(LABELS);

    /** Common single-character surnames (about 250; the most frequent hundred cover most residents). */
    private static final String SURNAMES =
            "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
            + "姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
            + "向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌"
            + "毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦"
            + "麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩";

    /** Forms of address that follow a bare surname: 王阿姨, 李先生. */
    private static final String[] TITLES = {"先生", "女士", "老师", "阿姨", "师傅", "大爷", "大妈", "奶奶", "爷爷", "伯", "叔", "婆"};

    /** Characters that end a name read after a label (titles and words that often follow a name). */
    private static final String STOPS = "先女同老师电手的在是和与及等住家说称表反联身证号地于已向为等们村社镇区";

    private LabelledNameDetector() {
    }

    private static String firstChars(String[] labels) {
        StringBuilder b = new StringBuilder();
        for (String label : labels) {
            b.append(label.charAt(0));
        }
        return b.toString();
    }

    static void detect(char[] n, List<Hit> out) {
        int len = n.length;
        for (int i = 0; i < len; i++) {
            String label = labelAt(n, i);
            if (label == null) {
                continue;
            }
            int j = i + label.length();
            boolean separated = false;
            while (j < len && n[j] == ' ') {
                j++;
                separated = true;
            }
            if (j < len && n[j] == ':') {
                j++;
                separated = true;
                while (j < len && n[j] == ' ') {
                    j++;
                }
            }
            if (j >= len || !Chars.isHan(n[j])) {
                continue;
            }
            if (!separated && SURNAMES.indexOf(n[j]) < 0) {
                continue;
            }
            if (titleAt(n, j + 1)) {
                continue; // "联系人：王阿姨": a surname and a title, no given name to hide
            }
            int max = j + 2 <= len && PersonName.isCompoundSurname(new String(n, j, Math.min(2, len - j))) ? 4 : 3;
            int e = j;
            while (e < len && e - j < max && Chars.isHan(n[e]) && (e - j < 2 || STOPS.indexOf(n[e]) < 0)) {
                e++;
            }
            if (e - j < 2 || (e < len && n[e] == '*')) {
                continue; // too short, or already masked ("联系人：欧阳*")
            }
            out.add(new Hit(PiiKind.NAME, j, e, PersonName.mask(new String(n, j, e - j))));
            i = e - 1;
        }
    }

    private static boolean titleAt(char[] n, int i) {
        for (String title : TITLES) {
            if (i + title.length() <= n.length && new String(n, i, title.length()).equals(title)) {
                return true;
            }
        }
        return false;
    }

    private static String labelAt(char[] n, int i) {
        if (LABEL_STARTS.indexOf(n[i]) < 0) {
            return null;
        }
        for (String label : LABELS) {
            if (i + label.length() <= n.length) {
                boolean same = true;
                for (int u = 0; u < label.length(); u++) {
                    if (n[i + u] != label.charAt(u)) {
                        same = false;
                        break;
                    }
                }
                if (same) {
                    return label;
                }
            }
        }
        return null;
    }
}
