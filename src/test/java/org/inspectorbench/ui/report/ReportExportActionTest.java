package org.inspectorbench.ui.report;

import org.inspectorbench.report.EvidenceMode;
import org.inspectorbench.report.ReportException;
import org.inspectorbench.report.ReportExport;
import org.inspectorbench.ui.common.BackgroundTasks;
import org.inspectorbench.ui.common.DialogService;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The export command's flow with fake dialogs: what is asked, what is started, what is told. */
class ReportExportActionTest {

    private static final Path OUT = Path.of("/tmp/never-written/涪城区.pdf");

    /** Dialog answers given in advance, and what was asked. */
    static final class Answers implements ReportDialogs {
        Optional<ExportRequest> request = Optional.empty();
        Optional<char[]> password = Optional.empty();
        final List<String> asked = new ArrayList<>();
        Defaults defaults;

        @Override
        public Optional<ExportRequest> askExport(Defaults d) {
            asked.add("export");
            defaults = d;
            return request;
        }

        @Override
        public Optional<char[]> askPassword(Path keystore, boolean create) {
            asked.add(create ? "new password" : "password");
            return password;
        }
    }

    static final class Told implements DialogService {
        final List<String> messages = new ArrayList<>();

        @Override
        public void showError(String title, String message) {
            messages.add("error: " + title + ": " + message);
        }

        @Override
        public void showInfo(String title, String message) {
            messages.add("info: " + title + ": " + message);
        }

        @Override
        public boolean confirm(String title, String message) {
            return true;
        }

        @Override
        public List<Path> chooseImages(String title) {
            return List.of();
        }

        @Override
        public Optional<String> askText(String title, String prompt, String initial) {
            return Optional.empty();
        }
    }

    private final Answers dialogs = new Answers();
    private final Told told = new Told();
    private final List<ExportRequest> started = new ArrayList<>();
    private final List<ReportExportViewModel> progressShown = new ArrayList<>();

    private ReportExportAction action(ScorecardExports exports) {
        ReportExportViewModel vm = new ReportExportViewModel((r, s, p) -> {
            started.add(r);
            return exports.export(r, s, p);
        }, new SigningKeys() {
            @Override
            public org.inspectorbench.signing.SigningIdentity open(Path k, char[] pw, java.time.Instant now) {
                return null;
            }

            @Override
            public org.inspectorbench.signing.SigningIdentity create(String n, String o, Path k, char[] pw,
                                                                     java.time.Instant now) {
                return null;
            }
        }, BackgroundTasks.sameThread(), Runnable::run, Clock.systemDefaultZone());
        return new ReportExportAction(vm, dialogs, told, new ReportTexts(() -> Locale.SIMPLIFIED_CHINESE),
                () -> "涪城区", () -> "张三", progressShown::add);
    }

    @Test
    void theKeystoreMadeAtFirstRunIsOfferedWhenItExists(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path own = dir.resolve("signing-key.p12");
        action((r, s, p) -> new ReportExport.Written(List.of(OUT), List.of())).offering(own).run();
        assertEquals(null, dialogs.defaults.keystore(), "a keystore that is not there is not offered");
        java.nio.file.Files.writeString(own, "p12");
        action((r, s, p) -> new ReportExport.Written(List.of(OUT), List.of())).offering(own).run();
        assertEquals(own, dialogs.defaults.keystore());
    }

    @Test
    void cancellingTheDialogStartsNothing() {
        action((r, s, p) -> new ReportExport.Written(List.of(OUT), List.of())).run();
        assertEquals(List.of("export"), dialogs.asked);
        assertEquals("涪城区", dialogs.defaults.currentUnit());
        assertEquals("张三", dialogs.defaults.inspector());
        assertTrue(started.isEmpty() && told.messages.isEmpty());
    }

    @Test
    void signingAsksThePasswordAndCancellingItStartsNothing() {
        dialogs.request = Optional.of(new ExportRequest(ExportRequest.Scope.UNIT, "涪城区", OUT, EvidenceMode.NONE,
                new ExportRequest.ExistingKey(Path.of("zhangsan.p12"))));
        action((r, s, p) -> new ReportExport.Written(List.of(OUT), List.of())).run();
        assertEquals(List.of("export", "password"), dialogs.asked);
        assertTrue(started.isEmpty());

        dialogs.asked.clear();
        dialogs.request = Optional.of(new ExportRequest(ExportRequest.Scope.UNIT, "涪城区", OUT, EvidenceMode.NONE,
                new ExportRequest.NewKey("张三", "绵阳市政务公开检查组", Path.of("new.p12"))));
        action((r, s, p) -> new ReportExport.Written(List.of(OUT), List.of())).run();
        assertEquals(List.of("export", "new password"), dialogs.asked);
    }

    @Test
    void aFinishedExportIsToldWithItsFilesAndProgressWasShown() {
        dialogs.request = Optional.of(new ExportRequest(ExportRequest.Scope.UNIT, "涪城区", OUT, EvidenceMode.THUMBNAILS,
                new ExportRequest.Unsigned()));
        action((r, s, p) -> new ReportExport.Written(List.of(OUT), List.of())).run();
        assertEquals(1, started.size());
        assertEquals(1, progressShown.size());
        assertEquals(List.of("info: 评分表已导出: 已写入 " + OUT), told.messages);
    }

    @Test
    void aFailedExportIsToldAsAnErrorWithTheReportsMessage() {
        dialogs.request = Optional.of(new ExportRequest(ExportRequest.Scope.ALL, null, Path.of("/tmp/x"),
                EvidenceMode.NONE, new ExportRequest.Unsigned()));
        action((r, s, p) -> {
            throw new ReportException(ReportException.Kind.CANNOT_WRITE, "目标文件夹不存在 folder /tmp does not exist");
        }).run();
        assertEquals(List.of("error: 评分表未导出: 目标文件夹不存在 folder /tmp does not exist"), told.messages);
    }
}
