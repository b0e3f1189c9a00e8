package org.inspectorbench.bundle;

import org.inspectorbench.store.Finding;
import org.inspectorbench.store.FindingDraft;
import org.inspectorbench.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConflictResolutionTest {

    @TempDir
    Path dir;

    @Test
    void editsOnBothSidesAreAConflictWhoseResolutionTravelsBackWithoutANewConflict() {
        try (Workspace office = Offices.office(dir.resolve("o"))) {
            Path ob = Offices.officeBundle(office, dir.resolve("office-1.inspbundle"));
            try (Workspace zs = Offices.laptop(dir.resolve("zs.inspector"), ob, "张三")) {
                Finding f = zs.putFinding(FindingDraft.rule("涪城区", "政务公开/依申请公开", "1").withCount(2).withNote("初查"));
                Offices.importInto(office, Offices.export(zs, Offices.ZHANGSAN, dir.resolve("zs-1.inspbundle"), true));

                // The office corrects the count while 张三 rewrites the note of the same finding.
                office.putFinding(FindingDraft.of(office.finding(f.id()).orElseThrow()).withCount(5));
                zs.putFinding(FindingDraft.of(zs.finding(f.id()).orElseThrow()).withNote("复查: 三件逾期"));
                ImportReport r = Offices.importInto(office, Offices.export(zs, Offices.ZHANGSAN,
                        dir.resolve("zs-2.inspbundle"), true));
                assertEquals(1, r.count(MergeOutcome.CONFLICT));

                List<Conflict> conflicts = Conflicts.list(office);
                assertEquals(1, conflicts.size());
                Conflict c = conflicts.get(0);
                assertEquals("涪城区", c.unit());
                assertEquals(2, c.sides().size());
                assertEquals(List.of("count", "note"), c.differences().stream().map(FieldDifference::field).toList());
                // Both versions are kept and the provisional winner is the newer revision.
                Finding shown = office.finding(f.id()).orElseThrow();
                assertEquals(c.side(c.shown()).revision(), shown.revision());
                assertEquals(c.sides().get(0).revision(), shown.revision());

                // The reviewer keeps the office's count and 张三's note.
                ConflictSide office1 = c.sides().stream().filter(s -> s.authorId().equals("office")).findFirst().orElseThrow();
                ConflictSide zhang = c.sides().stream().filter(s -> s.authorId().equals("zhangsan")).findFirst().orElseThrow();
                Resolution merge = new Resolution(String.valueOf(office1.number()),
                        Map.of("note", String.valueOf(zhang.number())), Map.of());
                assertTrue(Conflicts.preview(office, c.id(), merge).contains("复查: 三件逾期"), "preview writes nothing");
                assertEquals(1, Conflicts.list(office).size());
                var resolution = Conflicts.resolve(office, c.id(), merge, "count per 复核, note per 张三");
                assertEquals(2, resolution.parents().size());
                assertTrue(Conflicts.list(office).isEmpty());
                Finding resolved = office.finding(f.id()).orElseThrow();
                assertEquals(5, resolved.count());
                assertEquals("复查: 三件逾期", resolved.note());

                Path ob2 = Offices.officeBundle(office, dir.resolve("office-2.inspbundle"));
                ImportReport back = Offices.importInto(zs, ob2);
                assertEquals(0, back.count(MergeOutcome.CONFLICT));
                assertTrue(Conflicts.list(zs).isEmpty(), "the inspector accepts the resolution without a new conflict");
                assertEquals(5, zs.finding(f.id()).orElseThrow().count());
                assertEquals("复查: 三件逾期", zs.finding(f.id()).orElseThrow().note());
                assertEquals(Offices.dump(office).get("finding"), Offices.dump(zs).get("finding"));
            }
        }
    }

    @Test
    void aDeleteAgainstAnEditIsAConflictAndTheDeletionIsNotLost() {
        try (Workspace office = Offices.office(dir.resolve("o"))) {
            Path ob = Offices.officeBundle(office, dir.resolve("office-1.inspbundle"));
            try (Workspace zs = Offices.laptop(dir.resolve("zs.inspector"), ob, "张三")) {
                Finding f = zs.putFinding(FindingDraft.rule("高新区", "政务公开/依申请公开", "1").withCount(1));
                Offices.importInto(office, Offices.export(zs, Offices.ZHANGSAN, dir.resolve("zs-1.inspbundle"), true));
                office.putFinding(FindingDraft.of(office.finding(f.id()).orElseThrow()).withCount(4));
                zs.deleteFinding(f.id());
                Offices.importInto(office, Offices.export(zs, Offices.ZHANGSAN, dir.resolve("zs-2.inspbundle"), true));
                Conflict c = Conflicts.list(office).get(0);
                assertTrue(c.sides().stream().anyMatch(ConflictSide::deleted), "the tombstone is one side");
                assertTrue(c.sides().stream().anyMatch(s -> !s.deleted()), "the edit is the other");
                Conflicts.resolve(office, c.id(), Resolution.take("theirs"), null);
                assertTrue(office.finding(f.id()).orElseThrow().deleted(), "theirs (张三's deletion) was taken");
            }
        }
    }
}
