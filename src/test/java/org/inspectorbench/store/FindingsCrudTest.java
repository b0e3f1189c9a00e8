package org.inspectorbench.store;

import org.inspectorbench.evidence.EvidenceImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FindingsCrudTest {

    @TempDir
    Path dir;

    @Test
    void createsTheCampaignWithAFrozenRubricAndItsHash() throws Exception {
        try (Workspace ws = TestWorkspaces.create(dir)) {
            Campaign c = ws.campaign();
            assertEquals("test-2022", c.id());
            assertEquals(java.time.LocalDate.of(2022, 11, 25), c.monitoringDate());
            assertEquals(EvidenceImage.sha256(Files.readAllBytes(dir.resolve("campaign/rubric.json"))), c.rubricSha256());
            assertEquals(Files.readString(dir.resolve("campaign/rubric.json")), ws.rubricText().json());
            assertEquals(List.of("涪城区", "市发展改革委", "高新区"), ws.units().stream().map(Unit::name).toList());
            Unit ndrc = ws.unit("市发展改革委").orElseThrow();
            assertEquals(2, ndrc.websites().size());
            assertEquals(List.of("lisi"), ndrc.inspectors());
            Unit fucheng = ws.unit("涪城区").orElseThrow();
            assertEquals(2, fucheng.accounts().size());
            assertTrue(fucheng.accounts().get(0).sample(), "accounts of a sample list are marked sample");
            assertEquals("zhangsan", ws.author());
        }
        // The rubric file changing later does not change the campaign's frozen copy.
        Files.writeString(dir.resolve("campaign/rubric.json"), "{}");
        try (Workspace ws = Workspace.open(dir.resolve("ws.inspector"))) {
            assertEquals("test-mini", ws.rubric().id());
        }
    }

    @Test
    void editsMakeNewRevisionsThatPointAtTheirParent() {
        try (Workspace ws = TestWorkspaces.create(dir)) {
            Finding first = ws.putFinding(FindingDraft.rule("涪城区", "政务公开/依申请公开", "1").withCount(2));
            assertNull(first.parent());
            assertEquals("zhangsan", first.revision().author());
            Finding second = ws.putFinding(FindingDraft.of(first).withCount(3).withNote("又发现一件"));
            assertEquals(first.id(), second.id());
            assertEquals(first.revision(), second.parent());
            assertTrue(second.revision().compareTo(first.revision()) > 0);
            assertEquals(3, ws.finding(first.id()).orElseThrow().count());

            Finding same = ws.putFinding(FindingDraft.of(second));
            assertEquals(second.revision(), same.revision(), "an unchanged draft stores nothing");

            Finding tomb = ws.deleteFinding(first.id());
            assertTrue(tomb.deleted());
            assertEquals(second.revision(), tomb.parent());
            assertTrue(ws.findings("涪城区").isEmpty());
            assertEquals(1, ws.findingsWithTombstones("涪城区").size());
            assertThrows(WorkspaceException.class, () -> ws.deleteFinding(first.id()));
        }
    }

    @Test
    void websiteAndNewMediaFindingsNameTheirSiteAndAccount() {
        try (Workspace ws = TestWorkspaces.create(dir)) {
            Finding f = ws.putFinding(FindingDraft.rule("涪城区", "政府网站/信息公开/动态要闻", "2").withCount(4));
            assertEquals("涪城区人民政府", f.site(), "a unit with one website needs no site name");
            WorkspaceException e = assertThrows(WorkspaceException.class, () -> ws.putFinding(
                    FindingDraft.rule("市发展改革委", "政府网站/信息公开/动态要闻", "2")));
            assertTrue(e.getMessage().contains("信用中国(四川绵阳)"), e.getMessage());
            Finding site2 = ws.putFinding(FindingDraft.rule("市发展改革委", "政府网站/信息公开/动态要闻", "2")
                    .withSite("信用中国(四川绵阳)"));
            assertEquals("信用中国(四川绵阳)", site2.site());
            Finding media = ws.putFinding(FindingDraft.rule("涪城区", "政务新媒体/内容建设/信息更新", "1")
                    .withAccount("涪城发布"));
            assertEquals("涪城发布", media.account());
            Finding veto = ws.putFinding(FindingDraft.veto("涪城区", "政府网站/首页不更新", "1"));
            assertEquals(Finding.Kind.VETO, veto.kind());
            assertEquals("涪城区人民政府", veto.site());
        }
    }

    @Test
    void refusesWhatDoesNotFitTheRubricWithAHelpfulMessage() {
        try (Workspace ws = TestWorkspaces.create(dir)) {
            WorkspaceException item = assertThrows(WorkspaceException.class, () -> ws.putFinding(
                    FindingDraft.rule("涪城区", "政务公开/依申请公", "1")));
            assertEquals(WorkspaceException.Reason.INVALID_INPUT, item.reason());
            assertTrue(item.getMessage().contains("政务公开/依申请公开"), "suggests the closest item: " + item.getMessage());
            WorkspaceException rule = assertThrows(WorkspaceException.class, () -> ws.putFinding(
                    FindingDraft.rule("涪城区", "政务公开/依申请公开", "9")));
            assertTrue(rule.getMessage().contains("[1, 2]"), rule.getMessage());
            WorkspaceException notApplicable = assertThrows(WorkspaceException.class, () -> ws.putFinding(
                    FindingDraft.rule("市发展改革委", "政府网站/信息公开/概况信息", "1").withSite("信用中国(四川绵阳)")));
            assertTrue(notApplicable.getMessage().contains("不适用"), notApplicable.getMessage());
            WorkspaceException measure = assertThrows(WorkspaceException.class, () -> ws.putFinding(
                    FindingDraft.rule("涪城区", "政府网站/信息公开/动态要闻", "1")));
            assertTrue(measure.getMessage().contains("value"), measure.getMessage());
            assertThrows(WorkspaceException.class, () -> ws.putFinding(
                    FindingDraft.rule("涪城区", "政务新媒体/内容建设/信息更新", "1").withAccount("不存在的账号")));
            assertThrows(WorkspaceException.class, () -> ws.putFinding(FindingDraft.rule("无此单位", "政务公开/依申请公开", "1")));
            assertTrue(ws.findings("涪城区").isEmpty());
            assertTrue(ws.history("涪城区").isEmpty(), "refused edits leave no history");
        }
    }

    @Test
    void everythingSurvivesClosingAndReopeningAndTheClockNeverGoesBack() {
        Path file = dir.resolve("ws.inspector");
        Finding f;
        try (Workspace ws = TestWorkspaces.create(dir)) {
            f = ws.putFinding(FindingDraft.rule("涪城区", "政务公开/依申请公开", "2"));
        }
        try (Workspace ws = Workspace.open(file)) {
            assertEquals(f, ws.finding(f.id()).orElseThrow());
            assertEquals("zhangsan", ws.author());
            Finding g = ws.putFinding(FindingDraft.of(f).withNote("复查"));
            assertTrue(g.revision().compareTo(f.revision()) > 0);
            assertFalse(Files.exists(file.resolveSibling("ws.inspector.lock.x")));
        }
    }
}
