package org.inspectorbench.report;

import org.inspectorbench.scoring.Points;
import org.inspectorbench.scoring.UnitResult;
import org.inspectorbench.store.EvidenceItem;
import org.inspectorbench.store.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScorecardPdfTest {

    static final ZonedDateTime NOW = ZonedDateTime.of(2022, 11, 28, 9, 30, 0, 0, ZoneId.of("Asia/Shanghai"));

    @TempDir
    static Path dir;
    static Workspace ws;
    static ScorecardSource source;

    @BeforeAll
    static void workspace() throws Exception {
        ws = ReportWorkspaces.create(dir);
        source = new ScorecardSource(ws);
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    private static final Map<String, RenderedPdf> RENDERED = new HashMap<>();

    /** Each unit and mode is rendered once for the whole class: rendering is what the tests look at, not redo. */
    private static synchronized RenderedPdf pdf(String unit, EvidenceMode mode) throws Exception {
        String key = unit + "/" + mode;
        RenderedPdf pdf = RENDERED.get(key);
        if (pdf == null) {
            pdf = ScorecardPdf.render(source.scorecard(unit, mode, NOW));
            RENDERED.put(key, pdf);
        }
        return pdf;
    }

    private static PdfInspection render(String unit, EvidenceMode mode) throws Exception {
        return PdfInspection.of(pdf(unit, mode).bytes());
    }

    @Test
    void headerSummaryAndDeductionsAreExtractableChineseText() throws Exception {
        PdfInspection pdf = render(ReportWorkspaces.UNIT, EvidenceMode.NONE);
        String text = pdf.compactText();
        assertTrue(text.contains("绵阳市2022年政务公开工作检查考核评分表"), "title");
        assertTrue(text.contains("被检查单位涪城区") && text.contains("单位类别县市区"), "unit and kind");
        assertTrue(text.contains("监测时间点2022-11-25"), "监测时间点");
        assertTrue(text.contains("检查人员张三"), "inspector of the sample campaign's assignment");
        assertTrue(text.contains("生成时间2022-11-2809:30"), "generated at");

        // 政府网站 35 - 1 (领导信息, 2×0.5 capped at its 1 point) - 3 (动态要闻 not updated in 2 weeks)
        // - 1 (可用性 7×0.2 = 1.4, 扣完为止 at 1) = 30; 日常工作 30 - 3 (市上通报) = 27; bonus 3 counts
        // (30 + 20 >= 44): 15 + 30 + 20 + 27 + 3 = 95 → 第二等次 (>= 90), 绩效 100%.
        UnitResult r = source.score(ReportWorkspaces.UNIT);
        assertEquals(0, new BigDecimal("95").compareTo(r.total()));
        assertTrue(text.contains("总分95.00分"), "total");
        assertTrue(text.contains("等次第二等次") && text.contains("绩效100%"), "tier and 绩效");
        assertTrue(text.contains("政府网站30.00+政务新媒体20.00=50.00分，达到44分"), "bonus gate text");
        assertTrue(text.contains(ReportWorkspaces.DEDUCTION_RULE_TEXT), "the rule's own text");
        assertTrue(text.contains(ReportWorkspaces.LONG_NOTE.replaceAll("\\s", "")), "the finding's note, wrapped");
        assertTrue(text.contains("共扣1.4分，超过分值1分，扣完为止"), "item cap");
        assertTrue(text.contains("细则1b加3分") && text.contains("被市政府门户网站采用信息的每条加1分。"), "an award");
    }

    @Test
    void everyPageSaysItsNumberAndTheTotal() throws Exception {
        PdfInspection pdf = render(ReportWorkspaces.UNIT, EvidenceMode.THUMBNAILS);
        assertTrue(pdf.pages() >= 2, "several pages");
        for (int p = 1; p <= pdf.pages(); p++) {
            assertTrue(pdf.pageTexts().get(p - 1).contains("第 " + p + " 页 共 " + pdf.pages() + " 页"), "page " + p);
        }
        // The table header comes back on the pages the item table continues on.
        assertTrue(pdf.pageTexts().get(1).replaceAll("\\s", "").contains("指标分值得分扣分（加分）依据及检查记录"));
    }

    @Test
    void fontsAreEmbeddedSubsetType0() throws Exception {
        PdfInspection pdf = render(ReportWorkspaces.UNIT, EvidenceMode.NONE);
        assertFalse(pdf.fonts().isEmpty());
        for (PdfInspection.PDFontFacts f : pdf.fonts().values()) {
            assertTrue(f.type0(), f.name() + " is a Type0 (CID) font");
            assertTrue(f.embedded(), f.name() + " is embedded");
            assertTrue(f.name().matches("[A-Z]{6}\\+NotoSansSC-(Regular|Bold)"), f.name() + " carries a subset prefix");
        }
    }

    @Test
    void evidenceAppendixFollowsTheOption() throws Exception {
        List<EvidenceItem> stored = ws.evidence().ofUnit(ReportWorkspaces.UNIT);
        assertEquals(2, stored.size());
        for (EvidenceMode mode : new EvidenceMode[]{EvidenceMode.FULL, EvidenceMode.THUMBNAILS}) {
            PdfInspection pdf = render(ReportWorkspaces.UNIT, mode);
            String text = pdf.compactText();
            assertTrue(text.contains("附件证据材料"), mode + ": appendix");
            assertEquals(2, pdf.images(), mode + ": both images");
            for (EvidenceItem e : stored) {
                assertTrue(text.contains("SHA-256：" + e.meta().sha256()), mode + ": caption with hash");
            }
            assertTrue(text.contains("来源网址：http://www.fucheng.gov.cn/zwgk/ldxx/index.html"), mode + ": source URL");
            assertTrue(text.contains("截图时间：2022-11-2010:31:00（UTC+08:00）"), mode + ": capture time in the report's zone");
            assertTrue(text.contains("图1政府网站/信息公开/领导信息细则2"), mode + ": which finding");
            assertTrue(text.contains("见附图1"), mode + ": the item table points to the figure");
        }
        PdfInspection none = render(ReportWorkspaces.UNIT, EvidenceMode.NONE);
        assertFalse(none.compactText().contains("证据材料"));
        assertFalse(none.compactText().contains("SHA-256"));
        assertEquals(0, none.images());
    }

    @Test
    void fullImagesAreLargerThanThumbnails() throws Exception {
        int full = pdf(ReportWorkspaces.UNIT, EvidenceMode.FULL).bytes().length;
        int thumbs = pdf(ReportWorkspaces.UNIT, EvidenceMode.THUMBNAILS).bytes().length;
        int none = pdf(ReportWorkspaces.UNIT, EvidenceMode.NONE).bytes().length;
        assertTrue(full > thumbs && thumbs > none, full + " > " + thumbs + " > " + none);
    }

    @Test
    void severalWebsitesAreScoredEachAndNotApplicableItemsSaySo() throws Exception {
        PdfInspection pdf = render(ReportWorkspaces.MULTI_SITE_UNIT, EvidenceMode.NONE);
        String text = pdf.compactText();
        UnitResult r = source.score(ReportWorkspaces.MULTI_SITE_UNIT);
        String websiteScore = Points.round2(r.part("政府网站").orElseThrow().score()).toPlainString();
        assertTrue(text.contains("政府网站35" + websiteScore), "the average: " + websiteScore);
        assertTrue(text.contains("本部分得分为3个网站的平均分"));
        for (String site : List.of("绵阳市人力资源和社会保障局", "绵阳市社会保险事务中心", "绵阳市就业创业促进中心")) {
            assertTrue(text.contains("网站：" + site + "（本站得分"), site);
        }
        assertTrue(text.contains("网站：绵阳市社会保险事务中心（本站得分34）"), "the site with the deduction");
        // 概况信息 is not checked for 市级部门 websites (rubric note): full points, shown as 不适用.
        assertTrue(text.contains("概况信息11不适用不适用"), "不适用 item");
    }

    @Test
    void aVetoMakesTheUnitFailAndTheSummarySaysWhy() throws Exception {
        String text = render(ReportWorkspaces.VETOED_UNIT, EvidenceMode.NONE).compactText();
        assertTrue(text.contains("等次不合格"), "tier");
        assertTrue(text.contains("绩效85%"));
        assertTrue(text.contains("单项否决政府网站/首页不更新"), "veto reason");
        assertTrue(text.contains("11月7日至11月20日监测期间首页无信息更新"), "the inspector's note on the veto");
    }

    @Test
    void theSignatureBoxIsReservedOnTheLastPage() throws Exception {
        RenderedPdf pdf = pdf(ReportWorkspaces.UNIT, EvidenceMode.THUMBNAILS);
        SignatureSpot spot = pdf.signatureSpot();
        assertEquals(pdf.pages(), spot.page());
        assertTrue(spot.x() > 0 && spot.y() > 0 && spot.x() + spot.width() < PdfStyle.PAGE.getWidth());
        String last = PdfInspection.of(pdf.bytes()).pageTexts().get(pdf.pages() - 1).replaceAll("\\s", "");
        assertTrue(last.contains("检查人员（签名）") && last.contains("复核人员（会签）") && last.contains("（待签名）"));
    }
}
