package org.weishi.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResidentialAddressTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "珠海市斗门区井岸镇西埔社区新青路12号3栋501房, 珠海市斗门区井岸镇西埔社区",
        "广东省珠海市斗门区乾务镇湾口村委会东二巷8号, 广东省珠海市斗门区乾务镇湾口村委会",
        "斗门镇小濠冲村三队15号, 斗门镇小濠冲村",
        "广东省珠海市斗门区白藤街道白藤一路12号, 广东省珠海市斗门区白藤街道",
        "斗门区井岸镇新村路12号, 斗门区井岸镇",
        "珠海市香洲区华发新城小区3栋, 珠海市香洲区",
        "江苏省镇江市京口区正东路街道, 江苏省镇江市京口区正东路街道",
        "珠海市斗门区井岸镇市场路5号, 珠海市斗门区井岸镇",
        "西埔社区新青路12号, 西埔社区",
        "'  珠海市斗门区 ', 珠海市斗门区",
        "新青路12号, ''",
        "'', ''",
    })
    void cutsToTheCommunityOrTheNearestLargerUnit(String address, String expected) {
        assertThat(ResidentialAddress.cutToCommunity(address)).isEqualTo(expected);
    }
}
