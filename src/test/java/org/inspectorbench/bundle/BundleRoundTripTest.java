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
import static org.junit.jupiter.api.Assertions.assertThrows;
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

                // Opened for the office that merged it, the file is recognised from its signed manifest
                // (same bundle id, same manifest SHA-256): nothing to merge, its images are not read again.
                VerifiedBundle known = VerifiedBundle.openFor(office, b1, null);
                assertTrue(known.knownAlready());
                ImportReport shortcut = BundleImport.apply(office, known);
                assertTrue(shortcut.noChange() && shortcut.alreadyImported() && !shortcut.written());
                assertEquals(before, Offices.dump(office), "and changes nothing either");
                assertFalse(VerifiedBundle.openFor(zs, b1, null).knownAlready(), "a workspace that never imported it reads it all");
                // Proof that the images are not read: a copy with a damaged image is refused when read in
                // full, and recognised as merged (nothing is taken from it) by the office.
                byte[] zip = Files.readAllBytes(b1);
                int at = indexOf(zip, Files.readAllBytes(shot)) + 40;
                zip[at] ^= 0x55;
                Path damaged = Files.write(dir.resolve("zs-1-damaged.inspbundle"), zip);
                assertThrows(BundleException.class, () -> VerifiedBundle.open(damaged, null));
                assertTrue(VerifiedBundle.openFor(office, damaged, null).knownAlready());
                // A later bundle of the same inspector is new: read and merged in full.
                zs.putFinding(FindingDraft.of(zs.finding(f.id()).orElseThrow()).withCount(4));
                Path b2 = Offices.export(zs, Offices.ZHANGSAN, dir.resolve("zs-2.inspbundle"), true);
                VerifiedBundle later = VerifiedBundle.openFor(office, b2, null);
                assertFalse(later.knownAlready());
                assertEquals(1, BundleImport.apply(office, later).count(MergeOutcome.UPDATED));
                assertEquals(4, office.finding(f.id()).orElseThrow().count());

                // The laptop's own records equal the office's copy of them.
                assertEquals(Offices.dump(zs).get("finding"), Offices.dump(office).get("finding"));
                assertEquals(Offices.dump(zs).get("finding_evidence"), Offices.dump(office).get("finding_evidence"));
                assertEquals(Offices.dump(zs).get("evidence"), Offices.dump(office).get("evidence"));
                assertFalse(Offices.dump(office).get("record_version_bundle").isEmpty(), "provenance is kept");
            }
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("not found");
    }
}
