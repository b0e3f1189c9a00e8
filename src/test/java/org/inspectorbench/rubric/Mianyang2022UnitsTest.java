package org.inspectorbench.rubric;

import org.inspectorbench.SeedSpam;
import com.fasterxml.jackson.databind.JsonNode;
import org.inspectorbench.json.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The units file (docs/units-format.md) against the seed's 附件1 and 附件2. */
class Mianyang2022UnitsTest {

    /** 附件1, in the seed's order. */
    static final List<String> ATTACHMENT_1 = List.of(
            "涪城区", "游仙区", "安州区", "江油市", "三台县", "梓潼县", "盐亭县", "平武县", "北川羌族自治县",
            "高新区", "经开区", "科技城新区", "仙海区", "科技城管委会",
            "市发展改革委", "市经信局", "市教体局", "市科技局", "市民宗局", "市人力资源社会保障局", "市住建委", "市生态环境局",
            "市自然资源和规划局", "市商务局", "市公安局", "市民政局", "市司法局", "市财政局", "市水利局", "市交通运输局",
            "市农业农村局", "市卫生健康委", "市文广旅局", "市应急局", "市审计局", "市国资委", "市退役军人局", "市统计局",
            "市市场监管局", "市乡村振兴局", "市信访局", "市金融工作局", "市经合局", "市政务服务监管局", "市医保局", "市林业局",
            "市机关事务管理局", "市外事办", "市供销联合社");

    /** 附件2 with 绵阳市 for the seed's spam string. */
    static final List<String> ATTACHMENT_2 = List.of(
            "涪城区人民政府", "游仙区人民政府", "安州区人民政府", "江油市人民政府", "三台县人民政府", "梓潼县人民政府",
            "盐亭县人民政府", "平武县人民政府", "北川羌族自治县人民政府", "绵阳高新技术产业开发区", "绵阳经济技术开发区",
            "绵阳科技城新区", "绵阳市仙海水利风景区", "绵阳市发展和改革委员会", "信用中国(四川绵阳)", "绵阳市经济和信息化局",
            "绵阳市教育和体育局", "绵阳市科学技术局", "中共绵阳市委统战部(绵阳市民族宗教事务局)", "绵阳市公安局", "绵阳市民政局",
            "绵阳市司法局", "绵阳市财政局", "绵阳市人力资源和社会保障局", "绵阳市自然资源和规划局", "绵阳市生态环境局",
            "绵阳市住房和城乡建设委员会", "绵阳市交通运输局", "绵阳市水利局", "绵阳市农业农村局", "绵阳市商务局",
            "绵阳市文化广播电视和旅游局", "绵阳市卫生健康委员会", "绵阳市退役军人事务局", "绵阳市应急管理局", "绵阳市审计局",
            "绵阳市外事办公室", "绵阳市市场监督管理局", "绵阳市统计局", "绵阳市乡村振兴局", "绵阳市信访局", "绵阳市金融工作局",
            "绵阳市经济合作局", "绵阳市林业局", "绵阳市医疗保障局", "绵阳市政务服务监督管理局", "绵阳市机关事务管理局",
            "绵阳市社会保险事务中心", "绵阳市供销合作社联合社", "绵阳市就业创业促进中心", "绵阳市国有资产监督管理委员会",
            "中国(绵阳)科技城管理委员会", "绵阳市公共资源交易服务中心");

    private static JsonNode units;
    private static String text;

    @BeforeAll
    static void load() throws IOException {
        text = Files.readString(Path.of("sample-data/units/mianyang-2022-units.json"), StandardCharsets.UTF_8);
        units = Json.mapper().readTree(text).get("units");
    }

    @Test
    void fortyNineUnitsOfAttachment1InItsOrder() {
        List<String> names = new ArrayList<>();
        units.forEach(unit -> names.add(unit.get("name").asText()));
        assertEquals(49, names.size());
        assertEquals(ATTACHMENT_1, names);
    }

    @Test
    void kindsAsRubricNotesCountThemAndKnownToTheRubric() throws IOException {
        Map<String, Integer> perKind = new TreeMap<>();
        units.forEach(unit -> perKind.merge(unit.get("kind").asText(), 1, Integer::sum));
        assertEquals(Map.of("县市区", 9, "园区", 5, "市级部门", 35), perKind);
        Rubric rubric = RubricParser.parse(Mianyang2022RubricTest.text());
        assertTrue(Set.copyOf(rubric.unitKinds()).containsAll(perKind.keySet()));
        assertEquals("园区", kindOf("科技城管委会"));
        assertEquals("县市区", kindOf("北川羌族自治县"));
        assertEquals("市级部门", kindOf("市供销联合社"));
    }

    @Test
    void everyWebsiteOfAttachment2ExactlyOnce() {
        Map<String, Integer> seen = new HashMap<>();
        units.forEach(unit -> unit.get("websites").forEach(site -> seen.merge(site.get("name").asText(), 1, Integer::sum)));
        assertEquals(53, seen.values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(Set.copyOf(ATTACHMENT_2), seen.keySet());
        seen.forEach((site, times) -> assertEquals(1, times, site));
        units.forEach(unit -> assertFalse(unit.get("websites").isEmpty(), unit.get("name").asText() + " has a website"));
    }

    @Test
    void rollUpsOfTheSeedsPerformanceClause() {
        // 三、(二)6.(1): 信用中国 -> 市发展改革委; 社保中心, 就业中心 -> 市人力资源社会保障局; 公共资源交易 -> 市政务服务监管局.
        assertEquals(List.of("绵阳市发展和改革委员会", "信用中国(四川绵阳)"), sitesOf("市发展改革委"));
        assertEquals(List.of("绵阳市人力资源和社会保障局", "绵阳市社会保险事务中心", "绵阳市就业创业促进中心"),
                sitesOf("市人力资源社会保障局"));
        assertEquals(List.of("绵阳市政务服务监督管理局", "绵阳市公共资源交易服务中心"), sitesOf("市政务服务监管局"));
        assertEquals(List.of("中共绵阳市委统战部(绵阳市民族宗教事务局)"), sitesOf("市民宗局"));
        assertEquals(List.of("绵阳市仙海水利风景区"), sitesOf("仙海区"));
        assertEquals(List.of("中国(绵阳)科技城管理委员会"), sitesOf("科技城管委会"));
    }

    @Test
    void noInventedTagsAndNoSpamString() {
        units.forEach(unit -> assertTrue(unit.get("tags").isEmpty(), unit.get("name").asText()));
        assertFalse(SeedSpam.isIn(text));
    }

    private static String kindOf(String unitName) {
        return unit(unitName).get("kind").asText();
    }

    private static List<String> sitesOf(String unitName) {
        List<String> sites = new ArrayList<>();
        unit(unitName).get("websites").forEach(site -> sites.add(site.get("name").asText()));
        return sites;
    }

    private static JsonNode unit(String name) {
        for (JsonNode unit : units) {
            if (unit.get("name").asText().equals(name)) {
                return unit;
            }
        }
        throw new AssertionError("no unit " + name);
    }
}
