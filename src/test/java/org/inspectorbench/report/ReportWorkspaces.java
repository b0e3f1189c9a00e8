package org.inspectorbench.report;

import org.inspectorbench.store.EvidenceSource;
import org.inspectorbench.store.Finding;
import org.inspectorbench.store.FindingDraft;
import org.inspectorbench.store.TestImages;
import org.inspectorbench.store.Workspace;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.inspectorbench.json.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.time.Instant;

/**
 * A workspace made from the sample campaign (sample-data/campaigns/mianyang-2022.json) with a few
 * findings of every kind and small evidence images: what the report tests render.
 */
public final class ReportWorkspaces {

    public static final String UNIT = "涪城区";
    public static final String MULTI_SITE_UNIT = "市人力资源社会保障局";
    public static final String VETOED_UNIT = "游仙区";
    public static final String DEDUCTION_RULE_TEXT = "领导姓名、简历等信息缺失或不准确的,每发现一处,扣0.5分。";
    public static final String LONG_NOTE = "首页“领导信息”栏目中区长简历仍为2019年版本，分管副区长调整后未及时更新，"
            + "与区政府办公室提供的最新分工文件（涪府办发〔2022〕15号）不一致；另有一名副区长照片缺失。";
    public static final Instant CAPTURED = Instant.parse("2022-11-20T02:31:00Z");

    private ReportWorkspaces() {
    }

    /**
     * A workspace of the sample campaign cut down to {@code units} (rubric, calendar and everything
     * else as in the sample): for tests that export every unit and must stay fast.
     */
    public static Workspace small(Path dir, List<String> units) {
        try {
            ObjectMapper json = Json.mapper();
            Path sample = Path.of("sample-data").toAbsolutePath();
            Path folder = Files.createDirectories(dir.resolve("small-campaign"));
            Files.copy(sample.resolve("rubrics/mianyang-2022.json"), folder.resolve("rubric.json"),
                    StandardCopyOption.REPLACE_EXISTING);
            ObjectNode unitsFile = (ObjectNode) json.readTree(sample.resolve("units/mianyang-2022-units.json").toFile());
            ArrayNode kept = json.createArrayNode();
            unitsFile.withArray("units").forEach(u -> {
                if (units.contains(u.get("name").asText())) {
                    kept.add(u);
                }
            });
            unitsFile.set("units", kept);
            json.writeValue(folder.resolve("units.json").toFile(), unitsFile);
            ObjectNode campaign = (ObjectNode) json.readTree(sample.resolve("campaigns/mianyang-2022.json").toFile());
            campaign.put("rubric", "rubric.json");
            campaign.put("units", "units.json");
            for (var a : campaign.withArray("assignments")) {
                ArrayNode assigned = json.createArrayNode();
                a.get("units").forEach(u -> {
                    if (units.contains(u.asText())) {
                        assigned.add(u);
                    }
                });
                ((ObjectNode) a).set("units", assigned);
            }
            ArrayNode accounts = json.createArrayNode();
            campaign.with("newMedia").withArray("accounts").forEach(a -> {
                if (units.contains(a.get("unit").asText())) {
                    accounts.add(a);
                }
            });
            ((ObjectNode) campaign.get("newMedia")).set("accounts", accounts);
            json.writeValue(folder.resolve("campaign.json").toFile(), campaign);
            return Workspace.create(dir.resolve("small.inspector"), folder.resolve("campaign.json"), "张三");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Workspace create(Path dir) {
        Workspace ws = Workspace.create(dir.resolve("ws.inspector"),
                Path.of("sample-data/campaigns/mianyang-2022.json").toAbsolutePath(), "张三");
        Finding leaders = ws.putFinding(FindingDraft.rule(UNIT, "政府网站/信息公开/领导信息", "2")
                .withCount(2).withNote(LONG_NOTE));
        ws.evidence().attach(leaders.id(), TestImages.png(640, 400, 1),
                new EvidenceSource("leaders.png", "http://www.fucheng.gov.cn/zwgk/ldxx/index.html", CAPTURED));
        Finding news = ws.putFinding(FindingDraft.rule(UNIT, "政府网站/信息公开/动态要闻", "2")
                .withValue("2022-10-28").withNote("动态要闻栏目最近一条信息发布于10月28日"));
        ws.evidence().attach(news.id(), TestImages.encode(TestImages.picture(800, 500, 2), "jpg"),
                new EvidenceSource("news.jpg", "http://www.fucheng.gov.cn/xwzx/dtyw/", CAPTURED));
        ws.putFinding(FindingDraft.rule(UNIT, "政府网站/功能设计/可用性", "1").withCount(7)
                .withNote("首页7处链接打不开"));
        ws.putFinding(FindingDraft.rule(UNIT, "日常工作/省市通报", "1b").withCount(1)
                .withNote("2022年第三季度市级检查通报"));
        ws.putFinding(FindingDraft.rule(UNIT, "加分指标/工作保障/信息采用", "1b").withCount(3)
                .withNote("市政府门户网站采用信息3条"));
        ws.putFinding(FindingDraft.rule(MULTI_SITE_UNIT, "政府网站/信息公开/领导信息", "1")
                .withSite("绵阳市社会保险事务中心").withNote("未开设领导信息栏目"));
        ws.putFinding(FindingDraft.veto(VETOED_UNIT, "政府网站/首页不更新", "1")
                .withNote("11月7日至11月20日监测期间首页无信息更新"));
        return ws;
    }
}
