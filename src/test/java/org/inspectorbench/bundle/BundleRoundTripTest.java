package org.inspectorbench.bundle;

import org.inspectorbench.store.Finding;
import org.inspectorbench.store.FindingDraft;
import org.inspectorbench.store.TestImages;
import org.inspectorbench.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BundleRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void anInspectorsWorkArrivesAtTheOfficeWholeAndASecondImportChangesNothing() throws Exception {
        try (Workspace office = Offices.office(dir.resolve("o"))) {
            Path ob = Offices.officeBundle(office, dir.resolve("office-1.inspbundle"));
            try (Workspace zs = Offices.laptop(dir.resolve("zs.inspector"), ob, "张三")) {
                assertEquals("zhangsan", zs.author());
                Finding f = zs.putFinding(FindingDraft.rule("涪城区", "政务公开/依申请公开", "1").withCount(2).withNote("两件逾期"));
                Path shot = dir.resolve("shot.png");
                Files.write(shot, TestImages.encode(TestImages.picture(120, 80, 7), "png"));
                zs.evidence().attach(f.id(), List.of(shot));
                zs.putFinding(FindingDraft.of(zs.finding(f.id()).orElseThrow()).withCount(3));

                Path b1 = Offices.export(zs, Offices.ZHANGSAN, dir.resolve("zs-1.inspbundle"), false);
                ImportReport first = Offices.importInto(office, b1);
                assertTrue(first.written());
                assertEquals(2, first.count(MergeOutcome.NEW), "the finding and its attachment are new");
                assertEquals(1, first.newImages());

                Finding atOffice = office.finding(f.id()).orElseThrow();
                assertEquals(3, atOffice.count());
                assertEquals("两件逾期", atOffice.note());
                String sha = office.evidence().of(f.id()).get(0).sha256();
                assertArrayEquals(Files.readAllBytes(shot), office.evidence().image(sha));

                var before = Offices.dump(office);
                ImportReport again = Offices.importInto(office, b1);
                assertTrue(again.noChange());
                assertEquals(2, again.count(MergeOutcome.UNCHANGED));
                assertEquals(before, Offices.dump(office), "importing twice changes nothing");

                // The laptop's own records equal the office's copy of them.
                assertEquals(Offices.dump(zs).get("finding"), Offices.dump(office).get("finding"));
                assertEquals(Offices.dump(zs).get("finding_evidence"), Offices.dump(office).get("finding_evidence"));
                assertEquals(Offices.dump(zs).get("evidence"), Offices.dump(office).get("evidence"));
                assertFalse(Offices.dump(office).get("record_version_bundle").isEmpty(), "provenance is kept");
            }
        }
    }
}
