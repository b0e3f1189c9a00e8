package org.inspectorbench.rubric;

import org.inspectorbench.SeedSpam;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 2022 Mianyang rubric as transcribed in sample-data: it loads cleanly and adds up as the seed says. */
class Mianyang2022RubricTest {

    static final Path FILE = Path.of("sample-data/rubrics/mianyang-2022.json");

    private static Rubric rubric;
    private static RubricIndex index;

    static String text() throws IOException {
        return Files.readString(FILE, StandardCharsets.UTF_8);
    }

    @BeforeAll
    static void load() throws IOException {
        rubric = RubricParser.parse(text());
        index = RubricIndex.of(rubric);
    }

    @Test
    void partsAddUpToTheSeedsPointsAnd130InAll() {
        // 二、检查内容及指标: 总分130分; 第一部分15; 第二部分 政府网站35 + 政务新媒体20; 第三部分30; 第四部分30.
        Map<String, BigDecimal> parts = sumBy(rubric.parts(), Part::name,
                part -> sum(part.sections().stream().flatMap(s -> s.items().stream()).map(Item::points).toList()));
        Map<String, BigDecimal> seed = Map.of("政务公开", dec(15), "政府网站", dec(35), "政务新媒体", dec(20), "日常工作", dec(30),
                "加分指标", dec(30));
        assertEquals(seed.keySet(), parts.keySet());
        seed.forEach((name, points) -> assertEquals(0, points.compareTo(parts.get(name)), name + " adds up to " + points));
        assertEquals(0, sum(List.copyOf(parts.values())).compareTo(dec(130)));
        assertEquals(0, rubric.total().compareTo(dec(130)));
        for (Part part : rubric.parts()) {
            assertEquals(0, part.points().compareTo(parts.get(part.name())), part.name());
        }
    }

    @Test
    void sectionsAddUpToTheSeedsPoints() {
        // The 一级指标 headings of the seed: 信息公开(6分) 发布解读(10分) ... 工作保障(5分).
        Map<String, BigDecimal> expected = new LinkedHashMap<>();
        expected.put("政务公开/", dec(15));
        expected.put("政府网站/信息公开", dec(6));
        expected.put("政府网站/发布解读", dec(10));
        expected.put("政府网站/办事服务", dec(3));
        expected.put("政府网站/互动交流", dec(6));
        expected.put("政府网站/功能设计", dec(10));
        expected.put("政务新媒体/账号开设", dec(5));
        expected.put("政务新媒体/账号规范", dec(4));
        expected.put("政务新媒体/账号注销", dec(4));
        expected.put("政务新媒体/发布审核", dec(3));
        expected.put("政务新媒体/信息转载", dec(3));
        expected.put("政务新媒体/一致性", dec(1));
        expected.put("日常工作/", dec(30));
        expected.put("加分指标/信息发布", dec(5));
        expected.put("加分指标/互动交流", dec(6));
        expected.put("加分指标/政务新媒体传播力", dec(3));
        expected.put("加分指标/功能设计", dec(5));
        expected.put("加分指标/创新发展", dec(6));
        expected.put("加分指标/工作保障", dec(5));
        Map<String, BigDecimal> computed = new LinkedHashMap<>();
        for (Part part : rubric.parts()) {
            for (Section section : part.sections()) {
                String key = part.name() + "/" + (section.name() == null ? "" : section.name());
                BigDecimal items = sum(section.items().stream().map(Item::points).toList());
                assertEquals(0, items.compareTo(section.points()), key + " items add up to the section's points");
                computed.put(key, items);
            }
        }
        assertEquals(expected.keySet(), computed.keySet());
        expected.forEach((key, points) -> assertEquals(0, points.compareTo(computed.get(key)), key));
    }

    @Test
    void itemPathsOfRubricNotesExist() {
        for (String path : List.of("政府网站/功能设计/留言办理", "日常工作/省市通报", "加分指标/创新发展", "政务公开/重大领域公开",
                "政务公开/深化政务公开促进基层政府治理能力提升工作", "政务公开/重大决策公开", "政务公开/依申请公开",
                "政府网站/信息公开/动态要闻", "政府网站/功能设计/“我为政府网站找错”", "政务新媒体/账号开设/报批备案",
                "政务新媒体/账号注销/报批备案", "日常工作/2022年政务公开工作半年和全年总结", "加分指标/政务新媒体传播力/粉丝量")) {
            assertTrue(index.item(path).isPresent(), path);
        }
        for (String path : List.of("政府网站/安全、泄密事故等严重问题", "政府网站/站点无法访问", "政府网站/首页不更新",
                "政府网站/栏目不更新", "政府网站/互动回应差", "政府网站/服务不实用", "政务新媒体/安全、泄密事故等严重问题",
                "政务新媒体/内容不更新", "政务新媒体/互动回应差")) {
            assertTrue(index.veto(path).isPresent(), path);
        }
        assertEquals(9, index.vetoPaths().size());
    }

    @Test
    void noTextCarriesTheSpamStringAndCityIsNamed() throws IOException {
        String text = text();
        assertFalse(SeedSpam.isIn(text));
        assertTrue(text.contains("绵阳市"));
    }

    @Test
    void subRulesAndMeasuresFollowRubricNotes() {
        assertEquals(List.of("1a", "1b", "1c", "1d"), rule("日常工作/省市通报").ruleIds());
        assertEquals(List.of("1a", "1b", "1c"), rule("政务公开/依申请公开").ruleIds());
        Rule ipv6 = rule("政府网站/功能设计/IPv6改造").rule("1b").orElseThrow();
        assertEquals(Measure.Type.FRACTION, ipv6.measure().type());
        Rule stats = rule("政府网站/办事服务/办事统计").rule("2").orElseThrow();
        assertEquals(List.of("P3M", "P1M"), stats.measure().tiers().stream().map(MeasureTier::olderThan).toList());
        Rule reply = rule("政府网站/互动交流/办理答复").rule("1").orElseThrow();
        assertEquals(Measure.Type.WORKING_DAYS, reply.measure().type());
        assertEquals(Rule.Kind.COUNT, rule("政府网站/功能设计/留言办理").rule("1").orElseThrow().kind());
        assertEquals(0, rule("加分指标/创新发展").rule("1b").orElseThrow().cap().compareTo(dec(2)));
        assertNotNull(rule("政府网站/功能设计/站内搜索").rule("2").orElseThrow().sample());
    }

    @Test
    void applicabilityAndOutcomes() {
        Item overview = rule("政府网站/信息公开/概况信息").item();
        assertFalse(overview.applicability().appliesTo("市级部门", List.of()));
        assertTrue(overview.applicability().appliesTo("县市区", List.of()));
        Veto service = index.veto("政府网站/服务不实用").orElseThrow();
        assertFalse(service.applicability().appliesTo("市级部门", List.of("无对外服务职能")));
        assertEquals(List.of("政府网站", "政务新媒体"), rubric.bonusGate().parts());
        assertEquals(0, rubric.bonusGate().min().compareTo(dec(44)));
        assertEquals(List.of("第一等次", "第二等次", "第三等次", "第四等次", "不合格"), rubric.tiers().stream().map(Tier::name).toList());
        assertTrue(rubric.tiers().get(4).vetoTier());
    }

    private static RubricIndex.ItemRef rule(String path) {
        return index.item(path).orElseThrow(() -> new AssertionError("no item " + path));
    }

    private static <T> Map<String, BigDecimal> sumBy(List<T> list, Function<T, String> key, Function<T, BigDecimal> value) {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        list.forEach(t -> map.put(key.apply(t), value.apply(t)));
        return map;
    }

    static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static BigDecimal dec(int value) {
        return BigDecimal.valueOf(value);
    }
}
