package org.inspectorbench.ui.welcome;

import javafx.scene.control.Alert;
import org.inspectorbench.bundle.BundleException;
import org.inspectorbench.store.Workspace;
import org.inspectorbench.store.WorkspaceException;
import org.inspectorbench.ui.WorkbenchRoot;
import org.inspectorbench.ui.bundle.BundleImportWindow;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A double-clicked {@code .inspbundle}: the launcher gets its path as the only argument. Before
 * the window opens its workspace, this previews the bundle (nothing written) in the same preview
 * window as File > 导入数据包…, and imports it in one transaction when asked; then the window
 * opens on the merged data, where File > 合并冲突… resolves any conflicts.
 */
public final class BundleOnOpen {

    private static volatile Path pending;

    private BundleOnOpen() {
    }

    /** Remembers the bundle that the next workbench start should offer to import. */
    public static void request(Path bundle) {
        pending = bundle;
    }

    /** Whether a double-clicked bundle waits to be offered. */
    public static boolean pending() {
        return pending != null;
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
            // The same preview and import as File > 导入数据包… (ui/bundle).
            BundleImportWindow.showAndWait(ws, bundle, locale, List.of(WorkbenchRoot.STYLESHEET));
        } catch (BundleException | WorkspaceException | IllegalArgumentException e) {
            error(t, t.get("bundle.refused", bundle.getFileName()), e.getMessage());
        }
    }

    private static void error(WelcomeText t, String header, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message + "\n\n" + t.get("bundle.cli"));
        a.setTitle(t.get("bundle.title"));
        a.setHeaderText(header);
        a.showAndWait();
    }
}
