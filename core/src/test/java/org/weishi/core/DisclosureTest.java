package org.weishi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.weishi.core.command.LinkDemands;
import org.weishi.core.command.SubmitDemand;
import org.weishi.core.command.Submitter;
import org.weishi.core.disclosure.DisclosurePolicy;
import org.weishi.core.disclosure.Discloser;
import org.weishi.core.disclosure.PiiKind;
import org.weishi.core.disclosure.Redaction;
import org.weishi.core.disclosure.ResidentIdNumber;
import org.weishi.core.disclosure.TextRedactor;
import org.weishi.core.internal.Json;
import org.weishi.core.lifecycle.ProjectAction;
import org.weishi.spi.Channel;
import org.weishi.spi.ProjectKind;
import org.weishi.spi.WeishiException;
import org.weishi.spi.disclosure.Audience;
import org.weishi.spi.disclosure.DemandDisclosure;
import org.weishi.spi.disclosure.Disclosure;
import org.weishi.spi.disclosure.ProjectDisclosure;
import org.weishi.spi.disclosure.StageDisclosure;

class DisclosureTest {
    static final String CHILD_ID = childId();

    static String childId() {
        String first17 = "440403" + "20120305" + "123";
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    /** Three demands (plain with a phone in its text, disabled resident, bedridden mother), a child's wish, a closed project. */
    static Weishi scenario() {
        Weishi w = Fixture.engine();
        String plain = w.execute(Fixture.RESIDENT, new SubmitDemand(Channel.MINI_PROGRAM, "elderly-care", Fixture.XIPU,
                "独居老人助餐", "村里独居老人多，希望有送餐服务。联系人张小三，电话13812341234，身份证11010519491231002X，住新青路12号3栋501房",
                12, new Submitter("张小三", "13812341234", "11010519491231002X", "珠海市斗门区井岸镇西埔社区新青路12号3栋501房"))).aggregateId();
        String disabled = w.execute(Fixture.RESIDENT, new SubmitDemand(Channel.SOCIAL_WORKER, "special-groups", Fixture.XIPU,
                "残疾人家庭居家安全改造", "家中有残疾人，卫生间是蹲厕，希望改为坐厕并安装扶手", 1,
                new Submitter("李秀英", "13900001111", null, "西埔社区8号"))).aggregateId();
        String bedridden = w.execute(Fixture.RESIDENT, new SubmitDemand(Channel.HOTLINE, "elderly-care", Fixture.XIPU,
                "卧床老人居家康复护理", "母亲卧床十二年，希望有康复护理人员上门", 1,
                new Submitter("欧阳明华", "13700002222", null, null))).aggregateId();
        w.execute(Fixture.RESIDENT, new SubmitDemand(Channel.MINI_PROGRAM, "culture-sports", Fixture.XIPU,
                "我的微心愿", "我想要一个篮球，我在西埔小学三年级", 1,
                new Submitter("陈小宝", null, CHILD_ID, null)));
        for (String d : List.of(plain, disabled, bedridden)) w.execute(Fixture.SOCIAL_WORKER, Fixture.act(d, org.weishi.core.lifecycle.DemandAction.ACCEPT));
        String p = w.execute(Fixture.COMMITTEE, Fixture.project(ProjectKind.MICRO, "150000")).aggregateId();
        w.execute(Fixture.COMMITTEE, new LinkDemands(p, List.of(plain, disabled)));
        Fixture.drive(w, p, Fixture.TO_CLOSED);
        w.execute(Fixture.COMMITTEE, Fixture.project(ProjectKind.MICRO, "9000")); // stays a DRAFT
        return w;
    }

    @Test
    @DisplayName("public view: masked name, no phone, no ID number, no address, no health detail, no child")
    void publicView() {
        try (Weishi w = scenario()) {
            Disclosure d = Discloser.of(w, DisclosurePolicy.defaults()).disclose(Fixture.DISTRICT, Audience.PUBLIC);
            String json = Json.write(d);
            assertNoPersonalNumbers(json);
            assertThat(json).doesNotContain("张小三", "李秀英", "欧阳明华", "陈小宝", "13812341234", "新青路12号",
                    "残疾人，卫生间", "卧床十二年", "篮球", "西埔小学", "我的微心愿");

            assertThat(d.demands()).hasSize(3); // the child's wish is left out whole
            DemandDisclosure plain = d.demands().get(0);
            assertThat(plain.submitter().name()).isEqualTo("张*三");
            assertThat(plain.submitter().phone()).isNull();
            assertThat(plain.description()).startsWith("村里独居老人多，希望有送餐服务。联系人张*三，电话138****1234，身份证1");
            assertThat(plain.withheld()).isEmpty();
            DemandDisclosure disabled = d.demands().get(1);
            assertThat(disabled.title()).isNull();
            assertThat(disabled.description()).isNull();
            assertThat(disabled.submitter()).isNull();
            assertThat(disabled.withheld()).contains("title", "description", "submitterName");
            assertThat(disabled.category()).isEqualTo("special-groups");
            DemandDisclosure bedridden = d.demands().get(2);
            assertThat(bedridden.description()).isNull();

            assertThat(d.projects()).hasSize(1); // the draft is not public yet
            ProjectDisclosure p = d.projects().get(0);
            assertThat(p.state()).isEqualTo("CLOSED");
            assertThat(p.title()).isEqualTo("长者助浴");
            assertThat(p.budget().toYuan()).isEqualByComparingTo("150000");
            assertThat(p.implementer().id()).isEqualTo("u-impl");
            assertThat(p.acceptanceResult()).isEqualTo("PASSED");
            assertThat(p.fundingSources()).hasSize(1);
            assertThat(p.demandIds()).hasSize(2);
            assertThat(p.timeline()).extracting(StageDisclosure::to).containsExactly("DRAFT", "PROPOSED", "PRE_REVIEW",
                    "DELIBERATION", "NOTICE", "APPROVED", "IMPLEMENTING", "ACCEPTANCE", "COMPLETED", "CLOSED");
            assertThat(p.timeline()).allSatisfy(s -> {
                assertThat(s.at()).isNotNull();
                assertThat(s.decidingBody()).isNotBlank();
            });
            assertThat(p.timeline()).extracting(StageDisclosure::decidingBody).contains("COUNCIL_MEMBER", "TOWN_OFFICER", "IMPLEMENTER");
        }
    }

    @Test
    @DisplayName("internal view for officials holds everything, the child's wish included")
    void internalView() {
        try (Weishi w = scenario()) {
            Disclosure d = Discloser.of(w, DisclosurePolicy.defaults()).disclose(Fixture.DISTRICT, Audience.INTERNAL);
            String json = Json.write(d);
            assertThat(json).contains("张小三", "13812341234", "11010519491231002X", "李秀英", "卧床十二年", "陈小宝", CHILD_ID);
            assertThat(d.demands()).hasSize(4);
            assertThat(d.projects()).hasSize(2);
        }
    }

    @Test
    @DisplayName("a scope covers itself and what is below it; an unknown scope is a clear error")
    void scopes() {
        try (Weishi w = scenario()) {
            Discloser discloser = Discloser.of(w, DisclosurePolicy.defaults());
            assertThat(discloser.disclose(Fixture.JINGAN, Audience.PUBLIC).projects()).hasSize(1);
            assertThat(discloser.disclose(Fixture.XIPU, Audience.PUBLIC).demands()).hasSize(3);
            Disclosure other = discloser.disclose(Fixture.BAIJIAO, Audience.PUBLIC);
            assertThat(other.projects()).isEmpty();
            assertThat(other.demands()).isEmpty();
            assertThatThrownBy(() -> discloser.disclose("doumen/nowhere", Audience.PUBLIC))
                    .isInstanceOfSatisfying(WeishiException.class, e -> assertThat(e.code()).isEqualTo("WS-DISCLOSE-010"))
                    .hasMessageContaining("scope 'doumen/nowhere' does not exist")
                    .hasMessageContaining("区域 'doumen/nowhere' 不存在");
        }
    }

    @Test
    @DisplayName("a district policy applies: budgets internal until approved")
    void districtPolicy() {
        try (Weishi w = scenario()) {
            DisclosurePolicy policy = DisclosurePolicy.fromJson("""
                    {"rules": [{"aggregate": "project", "field": "budget", "visibility": "INTERNAL"},
                               {"aggregate": "project", "stage": "CLOSED", "field": "budget", "visibility": "PUBLIC"},
                               {"aggregate": "demand", "field": "submitterName", "visibility": "INTERNAL"}]}
                    """);
            Disclosure d = Discloser.of(w, policy).disclose(Fixture.DISTRICT, Audience.PUBLIC);
            assertThat(d.projects().get(0).budget()).isNotNull();
            assertThat(d.demands().get(0).submitter()).isNull();
            assertThat(d.demands().get(0).withheld()).contains("submitterName");
        }
    }

    /** Scans a whole text with the redaction package's detectors: no mobile, no valid ID number. */
    static void assertNoPersonalNumbers(String text) {
        Redaction r = TextRedactor.builder().labelledNames(false).addresses(false).landlines(false).build().redact(text);
        assertThat(r.findings()).as("mobile or valid ID numbers in the public output")
                .noneMatch(f -> f.kind() == PiiKind.MOBILE || f.kind() == PiiKind.RESIDENT_ID);
    }
}
