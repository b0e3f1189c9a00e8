package org.inspectorbench.ui.report;

import org.inspectorbench.report.EvidenceMode;
import org.inspectorbench.report.ReportException;
import org.inspectorbench.report.ReportExport;
import org.inspectorbench.report.ReportWorkspaces;
import org.inspectorbench.signing.Identities;
import org.inspectorbench.signing.PdfVerifier;
import org.inspectorbench.signing.TestFixtures;
import org.inspectorbench.signing.VerificationReport;
import org.inspectorbench.store.Workspace;
import org.inspectorbench.ui.common.BackgroundTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The export view model without a toolkit: work and property changes on the calling thread. */
class ReportExportViewModelTest {

    private static final String PASSWORD = "correct-horse-9";

    @TempDir
    Path dir;

    private static ReportExportViewModel vm(ScorecardExports exports) {
        return new ReportExportViewModel(exports, new KeystoreFiles(), BackgroundTasks.sameThread(), Runnable::run,
                Clock.systemDefaultZone());
    }

    private ExportRequest unsigned(ExportRequest.Scope scope) {
        return new ExportRequest(scope, "涪城区", dir.resolve("out.pdf"), EvidenceMode.NONE, new ExportRequest.Unsigned());
    }

    @Test
    void progressFollowsTheExportAndEndsWithTheFilesWritten() {
        List<Double> seen = new ArrayList<>();
        AtomicReference<ReportExportViewModel> self = new AtomicReference<>();
        ScorecardExports fake = (request, signer, progress) -> {
            assertNull(signer, "unsigned");
            assertTrue(self.get().runningProperty().get());
            for (int i = 1; i <= 4; i++) {
                progress.update(i, 4, i + ".pdf");
                seen.add(self.get().progressProperty().get());
            }
            return new ReportExport.Written(List.of(dir.resolve("a.pdf"), dir.resolve("b.pdf")), List.of());
        };
        ReportExportViewModel vm = vm(fake);
        self.set(vm);
        ExportOutcome outcome = vm.export(unsigned(ExportRequest.Scope.ALL), null).join();
        assertEquals(ExportOutcome.Status.SUCCEEDED, outcome.status());
        assertEquals(List.of(0.25, 0.5, 0.75, 1.0), seen);
        assertEquals("4.pdf", vm.currentProperty().get());
        assertEquals(2, outcome.files().size());
        assertFalse(vm.runningProperty().get());
        assertEquals(outcome, vm.outcomeProperty().get());
    }

    @Test
    void cancellingStopsTheExportAndSaysSo() {
        AtomicReference<ReportExportViewModel> self = new AtomicReference<>();
        ScorecardExports fake = (request, signer, progress) -> {
            progress.update(1, 50, "01-涪城区.pdf");
            self.get().cancel();
            if (progress.cancelled()) {
                throw new ReportException(ReportException.Kind.CANCELLED, "已取消 export cancelled: nothing was written");
            }
            throw new AssertionError("the export must see the cancel");
        };
        ReportExportViewModel vm = vm(fake);
        self.set(vm);
        ExportOutcome outcome = vm.export(unsigned(ExportRequest.Scope.ALL), null).join();
        assertEquals(ExportOutcome.Status.CANCELLED, outcome.status());
        assertTrue(outcome.detail().contains("nothing was written"));
        assertEquals(0, vm.progressProperty().get());
    }

    @Test
    void aSecondExportWhileOneRunsIsRefused() {
        List<Runnable> queued = new ArrayList<>();
        ReportExportViewModel vm = new ReportExportViewModel((r, s, p) -> new ReportExport.Written(List.of(), List.of()),
                new KeystoreFiles(), new BackgroundTasks(queued::add, Runnable::run, e -> { }), Runnable::run,
                Clock.systemDefaultZone());
        var first = vm.export(unsigned(ExportRequest.Scope.UNIT), null);
        char[] password = PASSWORD.toCharArray();
        ExportOutcome second = vm.export(unsigned(ExportRequest.Scope.UNIT), password).join();
        assertEquals(ExportOutcome.Status.FAILED, second.status());
        assertArrayEquals(new char[PASSWORD.length()], password, "the refused request's password is wiped");
        queued.forEach(Runnable::run);
        assertEquals(ExportOutcome.Status.SUCCEEDED, first.join().status());
    }

    @Test
    void signsWithAnExistingKeyAndRefusesAWrongPasswordWithoutWriting() throws Exception {
        Path keys = dir.resolve("zhangsan.p12");
        Identities.save(TestFixtures.inspector(), keys, PASSWORD.toCharArray());
        try (Workspace ws = ReportWorkspaces.small(dir, List.of("涪城区"))) {
            ReportExportViewModel vm = vm(new WorkspaceScorecardExports(ws, Clock.systemDefaultZone()));
            Path out = dir.resolve("涪城区.pdf");
            ExportRequest request = new ExportRequest(ExportRequest.Scope.UNIT, "涪城区", out, EvidenceMode.NONE,
                    new ExportRequest.ExistingKey(keys));

            char[] wrong = "not-the-password".toCharArray();
            ExportOutcome refused = vm.export(request, wrong).join();
            assertEquals(ExportOutcome.Status.FAILED, refused.status());
            assertTrue(refused.detail().contains("密码错误"), refused.detail());
            assertFalse(Files.exists(out));
            assertArrayEquals(new char[wrong.length], wrong, "password wiped");

            ExportOutcome signed = vm.export(request, PASSWORD.toCharArray()).join();
            assertEquals(ExportOutcome.Status.SUCCEEDED, signed.status(), signed.detail());
            assertEquals("张三", signed.signer());
            assertEquals(List.of(out), signed.files());
            VerificationReport report = new PdfVerifier().verify(out);
            assertEquals(VerificationReport.Verdict.INTACT, report.verdict());
            assertEquals("检查考核评分确认", report.signatures().get(0).reason());
        }
    }

    @Test
    void aMissingKeystoreIsAMessageNotACrash() {
        ReportExportViewModel vm = vm((r, s, p) -> {
            throw new AssertionError("no export without a key");
        });
        ExportOutcome outcome = vm.export(new ExportRequest(ExportRequest.Scope.UNIT, "涪城区", dir.resolve("x.pdf"),
                EvidenceMode.NONE, new ExportRequest.ExistingKey(dir.resolve("nobody.p12"))), PASSWORD.toCharArray()).join();
        assertEquals(ExportOutcome.Status.FAILED, outcome.status());
        assertTrue(outcome.detail().contains("找不到密钥库"), outcome.detail());
    }
}
