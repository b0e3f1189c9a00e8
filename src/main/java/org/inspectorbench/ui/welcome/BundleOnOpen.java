package org.inspectorbench.ui.welcome;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import org.inspectorbench.bundle.BundleException;
import org.inspectorbench.bundle.BundleImport;
import org.inspectorbench.bundle.ImportReport;
import org.inspectorbench.bundle.MergeOutcome;
import org.inspectorbench.bundle.VerifiedBundle;
import org.inspectorbench.store.Workspace;
import org.inspectorbench.store.WorkspaceException;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * A double-clicked {@code .inspbundle}: the launcher gets its path as the only argument. Before
 * the window opens its workspace, this previews the bundle (nothing written), asks, and imports
 * it in one transaction; then the window opens on the merged data. Conflicts are listed and left
 * to {@code inspector conflicts}, as on the command line.
 */
public final class BundleOnOpen {

    private static volatile Path pending;

    private BundleOnOpen() {
    }

    /** Remembers the bundle that the next workbench start should offer to import. */
    public static void request(Path bundle) {
        pending = bundle;
    }

    /** Called by the app before it opens the workspace (null: the default one); no-op without a request. */
    public static void offer(Path workspace, Locale locale) {
        Path bundle = pending;
        pending = null;
        if (bundle == null) {
            return;
        }
        WelcomeText t = new WelcomeText(locale);
        try (Workspace ws = workspace == null ? Workspace.openDefault() : Workspace.open(workspace)) {
            VerifiedBundle b = VerifiedBundle.open(bundle, null);
            ImportReport preview = BundleImport.preview(ws, b);
            if (!confirm(t, bundle, preview)) {
                return;
            }
            ImportReport done = BundleImport.apply(ws, b);
            info(t, t.get("bundle.done", bundle.getFileName(), summary(t, done)));
        } catch (BundleException | WorkspaceException | IllegalArgumentException e) {
            error(t, t.get("bundle.refused", bundle.getFileName()), e.getMessage());
        }
    }

    static String summary(WelcomeText t, ImportReport r) {
        StringBuilder s = new StringBuilder(t.get("bundle.summary", r.kind().json(), r.authorName(), r.authorId(),
                r.units().isEmpty() ? "-" : String.join(", ", r.units()),
                r.count(MergeOutcome.NEW), r.count(MergeOutcome.UPDATED), r.count(MergeOutcome.UNCHANGED),
                r.count(MergeOutcome.CONFLICT), r.newImages()));
        if (!r.conflicts().isEmpty()) {
            s.append('\n').append(t.get("bundle.conflicts"));
        }
        return s.toString();
    }

    private static boolean confirm(WelcomeText t, Path file, ImportReport preview) {
        ButtonType importIt = new ButtonType(t.get("bundle.import"), ButtonBar.ButtonData.OK_DONE);
        ButtonType skip = new ButtonType(t.get("bundle.skip"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", importIt, skip);
        a.setTitle(t.get("bundle.title"));
        a.setHeaderText(t.get(preview.noChange() ? "bundle.header.known" : "bundle.header", file.getFileName()));
        a.getDialogPane().setContent(text(summary(t, preview)));
        a.getDialogPane().setId("bundle-preview");
        Optional<ButtonType> answer = a.showAndWait();
        return answer.isPresent() && answer.get() == importIt;
    }

    private static TextArea text(String s) {
        TextArea area = new TextArea(s);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(6);
        return area;
    }

    private static void info(WelcomeText t, String message) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, message);
        a.setTitle(t.get("bundle.title"));
        a.setHeaderText(null);
        a.showAndWait();
    }

    private static void error(WelcomeText t, String header, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message + "\n\n" + t.get("bundle.cli"));
        a.setTitle(t.get("bundle.title"));
        a.setHeaderText(header);
        a.showAndWait();
    }
}
