package org.weishi.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.weishi.core.command.SubmitDemand;
import org.weishi.core.command.Submitter;
import org.weishi.core.disclosure.DisclosurePolicy;
import org.weishi.core.disclosure.Discloser;
import org.weishi.core.disclosure.PersonName;
import org.weishi.core.disclosure.ResidentIdNumber;
import org.weishi.core.internal.Json;
import org.weishi.spi.Channel;
import org.weishi.spi.disclosure.Audience;
import org.weishi.spi.disclosure.DemandDisclosure;
import org.weishi.spi.disclosure.Disclosure;

/**
 * Generated demands through the real engine: what the public view keeps and removes. Seeded;
 * every assertion names the seed. Rerun one with {@code -Dweishi.seed=N}.
 */
class DisclosureRandomizedTest {
    private static final String[] SURNAMES = {"陈", "黄", "李", "梁", "张", "林", "何", "欧阳", "司马"};
    private static final String[] GIVEN = {"伟", "芳", "秀英", "志强", "建华", "桂芳", "少玲", "国强", "明", "小宝"};
    private static final String[] CATEGORIES = {"elderly-care", "road-works", "special-groups", "medical-care", "culture-sports", "childcare"};
    private static final String[] HEALTH = {"家中老人卧床", "孩子是残疾人", "需要康复训练", "长期透析"};

    record Generated(String demandId, String name, String phone, String idNumber, boolean child, boolean sensitive,
                     String filler, String wrongCheckId, String houseAddress) {
    }

    @Test
    @DisplayName("200 generated demands: no phone, valid ID, full name, health detail or child in public; all of it internally")
    void generated() {
        long seed = Long.getLong("weishi.seed", System.nanoTime());
        Random r = new Random(seed);
        String s = " [seed " + seed + ", rerun with -Dweishi.seed=" + seed + "]";
        try (Weishi w = Fixture.engine()) {
            List<Generated> generated = new ArrayList<>();
            for (int i = 0; i < 200; i++) generated.add(submit(w, r, i));
            Disclosure pub = Discloser.of(w, DisclosurePolicy.defaults()).disclose(Fixture.DISTRICT, Audience.PUBLIC);
            String json = Json.write(pub);
            try {
                DisclosureTest.assertNoPersonalNumbers(json);
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + s, e);
            }
            Map<String, DemandDisclosure> byId = new HashMap<>();
            pub.demands().forEach(d -> byId.put(d.id(), d));
            Disclosure internal = Discloser.of(w, DisclosurePolicy.defaults()).disclose(Fixture.DISTRICT, Audience.INTERNAL);
            String internalJson = Json.write(internal);
            for (Generated g : generated) {
                String what = g + s;
                assertThat(json).as(what).doesNotContain(g.phone()).doesNotContain(g.idNumber());
                assertThat(internalJson).as(what).contains(g.phone(), g.idNumber(), g.name());
                DemandDisclosure d = byId.get(g.demandId());
                if (g.child()) {
                    assertThat(d).as("a child's demand is left out: " + what).isNull();
                    assertThat(json).as(what).doesNotContain(g.filler());
                    continue;
                }
                assertThat(d).as(what).isNotNull();
                if (g.sensitive()) {
                    assertThat(d.description()).as(what).isNull();
                    assertThat(d.title()).as(what).isNull();
                    assertThat(d.submitter()).as(what).isNull();
                    assertThat(json).as(what).doesNotContain(g.filler());
                } else {
                    assertThat(d.submitter().name()).as(what).isEqualTo(PersonName.mask(g.name()));
                    assertThat(d.description()).as(what).contains(g.filler()).doesNotContain(g.name());
                    if (g.houseAddress() != null) {
                        assertThat(d.description()).as("the house number goes, the road stays: " + what)
                                .doesNotContain(g.houseAddress()).contains("新青路***");
                    }
                    if (g.wrongCheckId() != null) {
                        assertThat(d.description()).as("a wrong check character stays as written: " + what).contains(g.wrongCheckId());
                    }
                }
            }
        }
    }

    private Generated submit(Weishi w, Random r, int i) {
        String name = SURNAMES[r.nextInt(SURNAMES.length)] + GIVEN[r.nextInt(GIVEN.length)] + (r.nextBoolean() ? "华" : "");
        String phone = "1" + (3 + r.nextInt(7)) + String.format("%09d", r.nextInt(1_000_000_000));
        boolean child = r.nextInt(8) == 0;
        int year = child ? 2010 + r.nextInt(8) : 1940 + r.nextInt(60);
        String first17 = "440403" + year + String.format("%02d%02d%03d", 1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(1000));
        String id = first17 + ResidentIdNumber.checkCharacter(first17);
        String category = CATEGORIES[r.nextInt(CATEGORIES.length)];
        boolean healthWords = r.nextInt(6) == 0;
        boolean sensitive = healthWords || category.equals("special-groups") || category.equals("medical-care");
        String filler = "需求说明第" + i + "条";
        StringBuilder text = new StringBuilder(filler);
        if (healthWords) text.append("，").append(HEALTH[r.nextInt(HEALTH.length)]);
        if (r.nextBoolean()) text.append("，联系电话").append(r.nextBoolean() ? phone : phone.substring(0, 3) + " " + phone.substring(3, 7) + " " + phone.substring(7));
        if (r.nextBoolean()) text.append("，本人").append(name);
        if (r.nextBoolean()) text.append("，身份证").append(id);
        String wrong = null;
        if (r.nextInt(4) == 0) {
            char check = ResidentIdNumber.checkCharacter(first17);
            char other = check == '1' ? '2' : '1';
            wrong = first17 + other;
            text.append("，旧证号").append(wrong);
        }
        String house = null;
        if (r.nextBoolean()) {
            house = "新青路" + (1 + r.nextInt(99)) + "号" + (1 + r.nextInt(9)) + "栋";
            text.append("，住西埔社区").append(house);
        }
        String demandId = w.execute(Fixture.RESIDENT, new SubmitDemand(Channel.MINI_PROGRAM, category, Fixture.XIPU,
                healthWords ? "居家护理" : "社区需求", text.toString(), 1 + r.nextInt(20),
                new Submitter(name, phone, id, "珠海市斗门区井岸镇西埔社区新青路" + (1 + r.nextInt(99)) + "号"))).aggregateId();
        return new Generated(demandId, name, phone, id, child, sensitive, filler, wrong, house);
    }
}
