package org.weishi.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Generates Chinese free text with personal information and ordinary numbers mixed in, and checks
 * what the public text keeps and removes (issue 6, item 7).
 *
 * <p>Seeded: every assertion message carries the seed and the text number. Rerun a failure with
 * {@code mvn -pl core test -Dtest=TextRedactorRandomizedTest -Dweishi.seed=N}; {@code -Dweishi.texts=N}
 * changes how many texts are generated (default 2,000).
 */
class TextRedactorRandomizedTest {

    private static final int TEXTS = Integer.getInteger("weishi.texts", 2_000);

    // Name pools share no character with the filler, address or number vocabulary below
    // (checked by vocabularyDoesNotOverlapTheNames), so a listed name occurs only where it was put.
    private static final String[] SURNAMES = {"张", "王", "李", "赵", "刘", "陈", "黄", "吴", "欧阳", "司马", "诸葛", "上官"};
    private static final String GIVEN = "伟芳娜敏静丽强磊洋艳勇军杰娟涛超霞平刚桂英秀兰玉萍";

    private static final String[] FILLER = {
        "居民反映楼道灯坏了", "希望尽快维修", "议事会表决通过", "项目进入公示期", "验收合格", "满意度调查已完成",
        "困难群众需要帮扶", "儿童微心愿已被认领", "志愿者参与服务", "雨季积水严重", "社工入户走访", "申请适老化改造",
        "卫生间改为坐便", "加装扶手", "每周入户三次", "请相关部门跟进", "翠湖路改造工程", "预计下月开工",
    };
    private static final String[] SEPARATORS = {"，", "。", "；", "、", "：", "（", "）", "！", "\n", "， ", "。 "};
    private static final String[] LABELS = {"联系人：", "姓名：", "申请人"};
    private static final String[] PLACES = {
        "斗门区井岸镇西埔社区|新青路|", "斗门区白蕉镇东围社区|沿河路|", "斗门区斗门镇小濠冲村|三队|",
        "斗门区乾务镇湾口村|东二巷|", "斗门区白藤街道|藤湖路|",
    };

    enum Kind { MOBILE, LANDLINE, RESIDENT_ID, RESIDENT_ID_15, BANK_CARD, EMAIL, NAME, LABELLED_NAME, ADDRESS,
        WRONG_CHECK_ID, NON_LUHN_NUMBER, PLAIN_NUMBER }

    /** One inserted piece: how it was written, what must disappear, what must remain. */
    record Piece(Kind kind, String written, List<String> mustVanish, List<String> mustRemain) {
    }

    @Test
    void publicTextKeepsOrdinaryNumbersAndRemovesEveryPersonalDatum() {
        long seed = Long.getLong("weishi.seed", new Random().nextLong());
        SplittableRandom random = new SplittableRandom(seed);
        List<String> names = names(random);
        TextRedactor redactor = TextRedactor.standard().withKnownNames(names);
        for (int t = 0; t < TEXTS; t++) {
            List<Piece> pieces = new ArrayList<>();
            String text = text(random, names, pieces);
            Redaction r = redactor.redact(text);
            String out = r.text();
            String at = String.format("seed=%d text=%d (rerun with -Dweishi.seed=%d)%n  input: %s%n  public: %s",
                    seed, t, seed, text, out);

            Map<PiiKind, Integer> expected = new EnumMap<>(PiiKind.class);
            for (Piece p : pieces) {
                for (String gone : p.mustVanish()) {
                    assertThat(out).as("%s: %s must be removed: %s", at, p.kind(), gone).doesNotContain(gone);
                }
                for (String kept : p.mustRemain()) {
                    assertThat(out).as("%s: %s must be kept: %s", at, p.kind(), kept).contains(kept);
                }
                PiiKind kind = piiKind(p.kind());
                if (kind != null) {
                    expected.merge(kind, 1, Integer::sum);
                }
            }
            assertThat(r.counts()).as("%s: findings per kind", at).isEqualTo(expected);
            for (Redaction.Finding f : r.findings()) {
                assertThat(out.substring(f.redactedStart(), f.redactedEnd())).as("%s: %s replacement", at, f)
                        .contains("*");
                if (f.kind() != PiiKind.NAME) {
                    String span = text.substring(f.start(), f.end());
                    assertThat(pieces).as("%s: finding %s covers exactly one inserted piece", at, f)
                            .anyMatch(p -> p.written().equals(span) || p.kind() == Kind.ADDRESS && p.mustVanish().contains(span));
                }
            }
            Redaction again = redactor.redact(out);
            assertThat(again.text()).as("%s: redacting the public text again changes nothing", at).isEqualTo(out);
        }
    }

    @Test
    void vocabularyDoesNotOverlapTheNames() {
        StringBuilder vocabulary = new StringBuilder();
        for (String s : FILLER) {
            vocabulary.append(s);
        }
        for (String s : PLACES) {
            vocabulary.append(s);
        }
        for (String s : LABELS) {
            vocabulary.append(s);
        }
        vocabulary.append("元万个户人次年月日号栋室房单元预算共投入小时");
        String nameChars = String.join("", SURNAMES) + GIVEN;
        for (char c : nameChars.toCharArray()) {
            assertThat(vocabulary.toString()).as("name character %s also in the filler", c).doesNotContain(String.valueOf(c));
        }
    }

    private static List<String> names(SplittableRandom random) {
        List<String> names = new ArrayList<>();
        while (names.size() < 40) {
            String name = SURNAMES[random.nextInt(SURNAMES.length)] + given(random, 1 + random.nextInt(2));
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    private static String given(SplittableRandom random, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return b.toString();
    }

    private static String text(SplittableRandom random, List<String> names, List<Piece> pieces) {
        StringBuilder b = new StringBuilder();
        int count = 3 + random.nextInt(14);
        for (int i = 0; i < count; i++) {
            if (random.nextInt(3) == 0) {
                String filler = FILLER[random.nextInt(FILLER.length)];
                b.append(filler);
                pieces.add(new Piece(Kind.PLAIN_NUMBER, filler, List.of(), List.of(filler)));
            } else {
                Piece p = piece(random, names);
                b.append(p.written());
                pieces.add(p);
            }
            b.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
        }
        return b.toString();
    }

    private static Piece piece(SplittableRandom random, List<String> names) {
        Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
        switch (kind) {
            case MOBILE: {
                String m = "1" + (3 + random.nextInt(7)) + digits(random, 9);
                String written;
                switch (random.nextInt(6)) {
                    case 0: written = m.substring(0, 3) + " " + m.substring(3, 7) + " " + m.substring(7); break;
                    case 1: written = m.substring(0, 3) + "-" + m.substring(3, 7) + "-" + m.substring(7); break;
                    case 2: written = "+86 " + m; break;
                    case 3: written = fullWidth(m); break;
                    default: written = m;
                }
                return new Piece(kind, written, List.of(m, written), List.of(MobileNumber.mask11(m)));
            }
            case LANDLINE: {
                String area = random.nextBoolean() ? "0756" : "020";
                String local = (2 + random.nextInt(8)) + digits(random, area.length() == 3 ? 7 : 6);
                String written = area + (random.nextBoolean() ? "-" : " ") + local;
                return new Piece(kind, written, List.of(written, area + local), List.of(area + "-"));
            }
            case RESIDENT_ID: {
                String id = validId(random);
                String written = random.nextInt(5) == 0 ? fullWidth(id) : id;
                return new Piece(kind, written, List.of(id, written),
                        List.of(ResidentIdNumber.mask(id)));
            }
            case RESIDENT_ID_15: {
                String id15 = region(random) + String.format("%02d%02d%02d", random.nextInt(100), 1 + random.nextInt(12),
                        1 + random.nextInt(28)) + digits(random, 3);
                return new Piece(kind, id15, List.of(id15), List.of(ResidentIdNumber.mask(id15)));
            }
            case WRONG_CHECK_ID: {
                String id = validId(random);
                char wrong;
                do {
                    wrong = "0123456789X".charAt(random.nextInt(11));
                } while (wrong == id.charAt(17));
                String bad = id.substring(0, 17) + wrong;
                return new Piece(kind, bad, List.of(), List.of(bad));
            }
            case BANK_CARD: {
                String card;
                do {
                    card = BankCardNumberTest.withLuhnDigit("62" + digits(random, 13 + random.nextInt(4)));
                } while (card.length() == 18 && ResidentIdNumber.shaped18(card.toCharArray(), 0));
                String written = random.nextBoolean() ? card : grouped(card);
                return new Piece(kind, written, List.of(card, written),
                        List.of(BankCardNumber.maskedLast4(card.substring(card.length() - 4))));
            }
            case NON_LUHN_NUMBER: {
                String n;
                do {
                    n = "62" + digits(random, random.nextBoolean() ? 14 : 17);
                } while (BankCardNumber.isLuhnValid(n));
                return new Piece(kind, n, List.of(), List.of(n));
            }
            case EMAIL: {
                String local = random.nextBoolean() ? "1" + (3 + random.nextInt(7)) + digits(random, 9)
                        : "resident" + digits(random, 3);
                String email = local + "@" + (random.nextBoolean() ? "qq.com" : "example.cn");
                return new Piece(kind, email, List.of(email), List.of(EmailAddress.mask(email)));
            }
            case NAME: {
                String name = names.get(random.nextInt(names.size()));
                return new Piece(kind, name, List.of(name), List.of(PersonName.mask(name)));
            }
            case LABELLED_NAME: {
                String name = names.get(random.nextInt(names.size()));
                String label = LABELS[random.nextInt(LABELS.length)];
                return new Piece(kind, label + name, List.of(name), List.of(label));
            }
            case ADDRESS: {
                String[] place = PLACES[random.nextInt(PLACES.length)].split("\\|");
                String detail = (1 + random.nextInt(200)) + "号"
                        + (random.nextBoolean() ? (1 + random.nextInt(30)) + "栋" + (101 + random.nextInt(1800)) + "房" : "");
                String written = place[0] + place[1] + detail;
                return new Piece(kind, written, List.of(detail, written), List.of(place[0] + place[1] + "***"));
            }
            default: {
                String plain;
                switch (random.nextInt(7)) {
                    case 0: plain = "预算" + (1 + random.nextInt(200)) * 1000 + "元"; break;
                    case 1: plain = "共投入" + random.nextInt(12_400_000) + "元"; break;
                    case 2: plain = String.format("%d-%02d-%02d", 2019 + random.nextInt(4), 1 + random.nextInt(12),
                            1 + random.nextInt(28)); break;
                    case 3: plain = (2019 + random.nextInt(4)) + "年" + (1 + random.nextInt(12)) + "月"
                            + (1 + random.nextInt(28)) + "日"; break;
                    case 4: plain = random.nextInt(400) + "户"; break;
                    case 5: plain = random.nextInt(12_400) + "小时"; break;
                    default: plain = "12345";
                }
                return new Piece(kind, plain, List.of(), List.of(plain));
            }
        }
    }

    private static PiiKind piiKind(Kind kind) {
        switch (kind) {
            case MOBILE: return PiiKind.MOBILE;
            case LANDLINE: return PiiKind.LANDLINE;
            case RESIDENT_ID:
            case RESIDENT_ID_15: return PiiKind.RESIDENT_ID;
            case BANK_CARD: return PiiKind.BANK_CARD;
            case EMAIL: return PiiKind.EMAIL;
            case NAME:
            case LABELLED_NAME: return PiiKind.NAME;
            case ADDRESS: return PiiKind.ADDRESS;
            default: return null;
        }
    }

    private static String validId(SplittableRandom random) {
        String first17 = region(random) + String.format("%04d%02d%02d", 1930 + random.nextInt(90),
                1 + random.nextInt(12), 1 + random.nextInt(28)) + digits(random, 3);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    private static String region(SplittableRandom random) {
        String[] regions = {"440403", "440402", "440404", "110105", "310115", "510104", "440106"};
        return regions[random.nextInt(regions.length)];
    }

    private static String digits(SplittableRandom random, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + random.nextInt(10)));
        }
        return b.toString();
    }

    private static String grouped(String number) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < number.length(); i += 4) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(number, i, Math.min(number.length(), i + 4));
        }
        return b.toString();
    }

    private static String fullWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(c >= '0' && c <= '9' || c == 'X' ? (char) (c + 0xFEE0) : c);
        }
        return b.toString();
    }
}
