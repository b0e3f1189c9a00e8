package org.inspectorbench.scoring;

import org.inspectorbench.rubric.Applicability;
import org.inspectorbench.rubric.BonusGate;
import org.inspectorbench.rubric.Item;
import org.inspectorbench.rubric.Measure;
import org.inspectorbench.rubric.MeasureTier;
import org.inspectorbench.rubric.Part;
import org.inspectorbench.rubric.Rubric;
import org.inspectorbench.rubric.Rule;
import org.inspectorbench.rubric.Section;
import org.inspectorbench.rubric.Tier;
import org.inspectorbench.rubric.Verdict;
import org.inspectorbench.rubric.Veto;
import org.inspectorbench.rubric.VetoCondition;

import java.math.BigDecimal;
import java.util.List;

/**
 * A small rubric shaped like the 2022 one (same part names, scopes, marks, gate and tiers, a few of
 * its items with the seed's rates) plus one "调整" item per part whose 1-point and 0.01-point rules
 * let tests reach any total exactly.
 */
final class TestRubrics {

    static final String DIVISION_TWO = "第二部分";
    static final String REASON_DEPT = "对市级有关部门(单位)网站不检查该项指标";

    private TestRubrics() {
    }

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    static Rule check(String id, String points) {
        return new Rule(id, "细则" + id, Rule.Kind.CHECK, d(points), null, null, null, null);
    }

    static Rule count(String id, String points) {
        return new Rule(id, "细则" + id, Rule.Kind.COUNT, d(points), null, null, null, null);
    }

    static Rule count(String id, String points, String cap) {
        return new Rule(id, "细则" + id, Rule.Kind.COUNT, d(points), d(cap), null, null, null);
    }

    static Rule measure(String id, Measure.Type type, MeasureTier... tiers) {
        return new Rule(id, "细则" + id, Rule.Kind.MEASURE, null, null, new Measure(type, List.of(tiers)), null, null);
    }

    static Rule withReading(Rule r, String reading) {
        return new Rule(r.id(), r.text(), r.kind(), r.points(), r.cap(), r.measure(), r.sample(), reading);
    }

    static MeasureTier within(String period, String points, String label) {
        return new MeasureTier(period, null, null, null, null, null, d(points), label);
    }

    static MeasureTier olderThan(String period, String points, String label) {
        return new MeasureTier(null, period, null, null, null, null, d(points), label);
    }

    static MeasureTier below(String bound, String points, String label) {
        return new MeasureTier(null, null, d(bound), null, null, null, d(points), label);
    }

    static MeasureTier atMost(String bound, String points, String label) {
        return new MeasureTier(null, null, null, d(bound), null, null, d(points), label);
    }

    static MeasureTier above(String bound, String points, String label) {
        return new MeasureTier(null, null, null, null, d(bound), null, d(points), label);
    }

    static Item item(String name, String points, Rule... rules) {
        return new Item(name, d(points), null, List.of(rules), null);
    }

    static Item item(String name, String points, Applicability applicability, Rule... rules) {
        return new Item(name, d(points), applicability, List.of(rules), null);
    }

    static Item filler(String points) {
        return item("调整", points, count("1", "1"), count("2", "0.01"));
    }

    static Section section(String name, String points, Item... items) {
        return new Section(name, d(points), List.of(items));
    }

    static Part part(String name, String division, Part.Scope scope, boolean bonus, String points, Section... sections) {
        return new Part(name, division, scope, bonus, d(points), List.of(sections));
    }

    static Rubric mianyangLike() {
        Part open = part("政务公开", "第一部分", Part.Scope.UNIT, false, "15",
                section(null, "15",
                        item("深化政务公开促进基层政府治理能力提升工作", "5",
                                count("1", "0.5"), count("2", "0.5"), check("3", "5"), check("4", "1")),
                        item("重大领域公开", "4", count("1", "1"), count("2", "0.2")),
                        item("重大决策公开", "3", count("1", "0.2")),
                        item("依申请公开", "3", count("1", "0.5"), check("2", "1"), check("3", "2"))));
        Part website = part("政府网站", DIVISION_TWO, Part.Scope.WEBSITE, false, "35",
                section("信息公开", "5",
                        item("概况信息", "1", new Applicability(List.of("县市区", "园区"), null, REASON_DEPT),
                                check("1", "1"), count("2", "0.5")),
                        item("机构职能", "1", check("1", "1"), count("2", "0.5", "1")),
                        item("动态要闻", "3", check("1", "3"),
                                measure("2", Measure.Type.DATE, olderThan("P14D", "3", "监测时间点前2周内未更新")))),
                section("办事服务", "1",
                        item("办事统计", "1", check("1", "1"),
                                measure("2", Measure.Type.DATE, olderThan("P3M", "1", "3个月内未更新"),
                                        olderThan("P1M", "0.5", "1个月内未更新")))),
                section("互动交流", "2",
                        item("办理答复", "2",
                                withReading(measure("1", Measure.Type.WORKING_DAYS, above("5", "2", "未在5个工作日内答复")),
                                        "两次咨询各自计分, 合计后按分值封顶"),
                                count("2", "1"))),
                section("功能设计", "1",
                        item("可用性", "1", count("1", "0.2"), count("2", "0.1"))),
                section("其他", "26", filler("26")));
        Part newMedia = part("政务新媒体", DIVISION_TWO, Part.Scope.NEW_MEDIA, false, "20",
                section("发布审核", "3", item("文字错漏", "3", count("1", "0.1"), count("2", "3"))),
                section("其他", "17", filler("17")));
        Part daily = part("日常工作", "第三部分", Part.Scope.UNIT, false, "30",
                section(null, "30",
                        item("红头文件清理", "2", measure("1", Measure.Type.FRACTION,
                                atMost("0", "2", "未开展清理"), below("0.5", "1", "清理未过半"),
                                below("0.8", "0.5", "清理完成低于80%"))),
                        item("省市通报", "10", count("1a", "10"), count("1b", "3"), count("1c", "3"), count("1d", "1")),
                        filler("18")));
        Part bonus = part("加分指标", "第四部分", Part.Scope.UNIT, true, "30",
                section("信息发布", "2",
                        item("数据发布", "2", measure("1", Measure.Type.DATE,
                                within("P3M", "2", "3个月内有更新"), within("P6M", "1", "3—6个月内有更新")))),
                section("政务新媒体传播力", "3",
                        item("粉丝量", "3", measure("1", Measure.Type.NUMBER,
                                above("200000", "3", "超过20万人"), above("150000", "2", "超过15万人"),
                                above("100000", "1", "超过10万人")))),
                section("互动交流", "3",
                        item("实时互动", "3", measure("1", Measure.Type.WORKING_DAYS,
                                atMost("1", "3", "1个工作日内答复")), check("2", "2"))),
                section("创新发展", "6",
                        new Item(null, d("6"), null, List.of(check("1a", "6"), count("1b", "1", "2")), null)),
                section("工作保障", "5", item("信息采用", "5", count("1a", "2"), count("1b", "1"))),
                section("其他", "11", filler("11")));
        List<Veto> vetoes = List.of(
                new Veto("政府网站", "首页不更新", "监测2周,首页无信息更新的,即单项否决。", List.of(), null),
                new Veto("政府网站", "服务不实用", "未提供办事服务。",
                        List.of(new VetoCondition("1", "未提供办事服务", null)),
                        new Applicability(null, List.of("无对外服务职能"), "对没有对外服务职能的部门,不检查其网站该项指标")),
                new Veto("政务新媒体", "内容不更新", "监测时间点前2周内无更新。",
                        List.of(new VetoCondition("1", "监测时间点前2周内无更新", null),
                                new VetoCondition("2", "APP无法下载或使用", null)), null));
        return new Rubric("test-2022", "测试细则", "test", d("130"), List.of("县市区", "园区", "市级部门"),
                List.of(open, website, newMedia, daily, bonus), vetoes,
                List.of(new Verdict("政府网站", d("21")), new Verdict("政务新媒体", d("12"))),
                new BonusGate(List.of("政府网站", "政务新媒体"), d("44")),
                List.of(new Tier("第一等次", d("110"), d("100"), false), new Tier("第二等次", d("90"), d("100"), false),
                        new Tier("第三等次", d("70"), d("95"), false), new Tier("第四等次", d("60"), d("90"), false),
                        new Tier("不合格", null, d("85"), true)));
    }
}
