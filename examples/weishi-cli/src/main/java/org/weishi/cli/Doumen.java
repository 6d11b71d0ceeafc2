package org.weishi.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.weishi.core.district.DistrictConfig;
import org.weishi.core.district.Scope;
import org.weishi.core.district.ScopeLevel;
import org.weishi.core.district.ScopeTree;

/**
 * Doumen district (斗门区), Zhuhai, as the demo's scope tree: six towns/streets and 129
 * villages/communities. The villages named in the 2021 reports are real; the others get
 * generated names (the district's full village list is not part of the model case).
 */
final class Doumen {
    static final String DISTRICT = "doumen";

    /** Town id suffix, name, number of villages/communities (129 in all). */
    record Town(String key, String name, int communities, List<String> named) {
    }

    static final List<Town> TOWNS = List.of(
            new Town("jingan", "井岸镇", 25, List.of("西埔社区", "新青社区")),
            new Town("baijiao", "白蕉镇", 22, List.of()),
            new Town("doumen-town", "斗门镇", 20, List.of("小濠冲村")),
            new Town("qianwu", "乾务镇", 18, List.of("湾口村")),
            // 二龙村 is named in the reports without its town; the demo places it in 莲洲镇.
            new Town("lianzhou", "莲洲镇", 28, List.of("二龙村")),
            new Town("baiteng", "白藤街道", 16, List.of()));

    private static final String[] SYLLABLES = {"东", "西", "南", "北", "上", "下", "新", "大", "龙", "凤", "石", "沙",
            "禾", "莲", "桥", "塘", "湾", "岗", "坑", "田", "洲", "围", "涌", "冲", "溪", "安", "和", "福", "兴", "荣"};

    private Doumen() {
    }

    static ScopeTree scopes() {
        List<Scope> scopes = new ArrayList<>();
        scopes.add(new Scope(DISTRICT, ScopeLevel.DISTRICT, "斗门区", null));
        Random names = new Random(129); // fixed: the map does not change with the demo's seed
        Set<String> used = new LinkedHashSet<>();
        for (Town t : TOWNS) {
            String townId = DISTRICT + "/" + t.key();
            scopes.add(new Scope(townId, ScopeLevel.TOWN, t.name(), DISTRICT));
            int i = 0;
            for (String named : t.named()) {
                used.add(named);
                scopes.add(new Scope(townId + "/c" + String.format("%02d", ++i), ScopeLevel.COMMUNITY, named, townId));
            }
            while (i < t.communities()) {
                String name;
                do {
                    name = SYLLABLES[names.nextInt(SYLLABLES.length)] + SYLLABLES[names.nextInt(SYLLABLES.length)]
                            + (t.key().equals("baiteng") || t.key().equals("jingan") ? "社区" : "村");
                } while (!used.add(name));
                scopes.add(new Scope(townId + "/c" + String.format("%02d", ++i), ScopeLevel.COMMUNITY, name, townId));
            }
        }
        return ScopeTree.of(scopes);
    }

    static DistrictConfig config() {
        return DistrictConfig.builder(scopes()).name("斗门区").build();
    }
}
