package org.inspectorbench.bundle;

import org.inspectorbench.store.Finding;
import org.inspectorbench.store.FindingDraft;
import org.inspectorbench.store.TestImages;
import org.inspectorbench.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the workbench adds to the bundle API: several bundles in one transaction, export progress and cancel. */
class WorkbenchBundleApiTest {

    @TempDir
    Path dir;

    @Test
    void severalBundlesImportTogetherOrNotAtAll() {
        try (Workspace office = Offices.office(dir.resolve("o"))) {
            Path ob = Offices.officeBundle(office, dir.resolve("office-1.inspbundle"));
            try (Workspace zs = Offices.laptop(dir.resolve("zs.inspector"), ob, "张三");
                 Workspace ls = Offices.laptop(dir.resolve("ls.inspector"), ob, "李四")) {
                zs.putFinding(FindingDraft.rule("涪城区", "政务公开/依申请公开", "1").withCount(2));
                ls.putFinding(FindingDraft.rule("市发展改革委", "政务公开/依申请公开", "1").withCount(1));
                Path a = Offices.export(zs, Offices.ZHANGSAN, dir.resolve("zs-1.inspbundle"), false);
                Path b = Offices.export(ls, Offices.LISI, dir.resolve("ls-1.inspbundle"), false);
                // 李四 also records on 涪城区, which the office assigned to 张三: refused.
                ls.putFinding(FindingDraft.rule("涪城区", "政务公开/依申请公开", "1").withCount(3));
                Path c = Offices.export(ls, Offices.LISI, dir.resolve("ls-2.inspbundle"), false);
                Map<String, List<String>> before = Offices.dump(office);

                BundleException refused = assertThrows(BundleException.class, () -> BundleImport.applyAll(office,
                        List.of(VerifiedBundle.open(a, null), VerifiedBundle.open(b, null), VerifiedBundle.open(c, null))));
                assertEquals(BundleProblem.UNIT_NOT_ASSIGNED, refused.problem());
                assertEquals(before, Offices.dump(office), "the refusal of the third undoes the first two");

                List<ImportReport> done = BundleImport.applyAll(office,
                        List.of(VerifiedBundle.open(a, null), VerifiedBundle.open(b, null), VerifiedBundle.open(a, null)));
                assertEquals(3, done.size());
                assertTrue(done.get(0).written());
                assertEquals(1, done.get(1).count(MergeOutcome.NEW));
                assertTrue(done.get(2).noChange(), "the same bundle twice in one import changes nothing the second time");
                Map<String, List<String>> after = Offices.dump(office);
                BundleImport.applyAll(office, List.of(VerifiedBundle.open(b, null)));
                assertEquals(after, Offices.dump(office), "importing again changes nothing");
            }
        }
    }

    @Test
    void anExportReportsEachImageAndACancelledOneLeavesNoFileAndNoRecord() throws Exception {
        try (Workspace office = Offices.office(dir.resolve("o"))) {
            Path ob = Offices.officeBundle(office, dir.resolve("office-1.inspbundle"));
            try (Workspace zs = Offices.laptop(dir.resolve("zs.inspector"), ob, "张三")) {
                Finding f = zs.putFinding(FindingDraft.rule("涪城区", "政务公开/依申请公开", "1").withCount(2));
                List<Path> shots = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    Path shot = dir.resolve("shot" + i + ".png");
                    Files.write(shot, TestImages.encode(TestImages.picture(60, 40, i), "png"));
                    shots.add(shot);
                }
                zs.evidence().attach(f.id(), shots);

                Path cancelledOut = dir.resolve("zs-cancelled.inspbundle");
                BundleException e = assertThrows(BundleException.class, () -> BundleExport.export(zs, Offices.ZHANGSAN,
                        cancelledOut, new BundleExport.Options(BundleKind.INSPECTOR, true), stopAfter(1)));
                assertEquals(BundleProblem.CANCELLED, e.problem());
                assertFalse(Files.exists(cancelledOut));
                assertFalse(Files.exists(dir.resolve("zs-cancelled.inspbundle.part")));

                List<long[]> seen = new ArrayList<>();
                Path out = dir.resolve("zs-1.inspbundle");
                Manifest m = BundleExport.export(zs, Offices.ZHANGSAN, out, new BundleExport.Options(BundleKind.INSPECTOR,
                        true), new BundleProgress() {
                    @Override
                    public void update(long done, long total) {
                        seen.add(new long[] {done, total});
                    }

                    @Override
                    public boolean cancelled() {
                        return false;
                    }
                });
                assertEquals(List.of("0/3", "1/3", "2/3", "3/3"), seen.stream().map(p -> p[0] + "/" + p[1]).toList());
                assertEquals(1, m.seq(), "the cancelled export did not use up an export number");
                assertEquals(4, Offices.importInto(office, out).count(MergeOutcome.NEW), "the finding and 3 attachments");
                assertEquals(3, office.evidence().of(f.id()).size(), "--since last after a cancel still carries everything");
            }
        }
    }

    private static BundleProgress stopAfter(int images) {
        return new BundleProgress() {
            private long done;

            @Override
            public void update(long d, long total) {
                done = d;
            }

            @Override
            public boolean cancelled() {
                return done >= images;
            }
        };
    }
}
