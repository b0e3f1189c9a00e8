package org.inspectorbench.ui.health;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.inspectorbench.ui.common.I18n;
import org.inspectorbench.ui.welcome.BundleOnOpen;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The start-up prompts as dialogs owned by the main window. Each call comes from the start-up
 * thread and waits for the user's answer; the dialog itself runs on the FX thread.
 */
public final class FxStartupPrompts implements StartupPrompts {

    private final Stage stage;
    private final I18n i18n;
    private final StartupSkeleton skeleton;
    private final BiConsumer<Path, CompletableFuture<Boolean>> welcome;

    /** @param welcome shows the first-run welcome for a file and completes the future when it is done */
    public FxStartupPrompts(Stage stage, I18n i18n, StartupSkeleton skeleton,
                            BiConsumer<Path, CompletableFuture<Boolean>> welcome) {
        this.stage = stage;
        this.i18n = i18n;
        this.skeleton = skeleton;
        this.welcome = welcome;
    }

    private static <T> T onFx(Supplier<T> work) {
        if (Platform.isFxApplicationThread()) {
            return work.get();
        }
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.get());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f.join();
    }

    @Override
    public boolean welcome(Path file) {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        Platform.runLater(() -> welcome.accept(file, done));
        boolean created = done.join();
        if (created) {
            onFx(() -> {
                skeleton.showIn(stage);
                return null;
            });
        }
        return created;
    }

    @Override
    public BackupAnswer askBackup(StartupDecision.OfferBackup offer) {
        return onFx(() -> {
            ButtonType yes = new ButtonType(i18n.get("startup.backup.yes"), ButtonBar.ButtonData.YES);
            ButtonType no = new ButtonType(i18n.get("startup.backup.no"), ButtonBar.ButtonData.NO);
            ButtonType quit = new ButtonType(i18n.get("startup.backup.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
            Alert a = alert(Alert.AlertType.CONFIRMATION, i18n.get("startup.backup.header"),
                    StartupTexts.backupOffer(offer, i18n), yes, no, quit);
            a.setTitle(i18n.get("startup.backup.title"));
            a.getDialogPane().setId("startup-backup");
            Optional<ButtonType> answer = a.showAndWait();
            if (answer.isEmpty() || answer.get() == quit) {
                return BackupAnswer.QUIT;
            }
            return answer.get() == yes ? BackupAnswer.BACKUP : BackupAnswer.CONTINUE;
        });
    }

    @Override
    public void refuse(StartupDecision.Refuse refusal) {
        onFx(() -> {
            Alert a = alert(Alert.AlertType.ERROR, StartupTexts.refusalHeader(refusal, i18n), "", ButtonType.CLOSE);
            a.getDialogPane().setContent(text(StartupTexts.refusal(refusal, i18n)));
            a.getDialogPane().setId("startup-refused");
            a.showAndWait();
            return null;
        });
    }

    @Override
    public void failed(String headerKey, Path file, String message) {
        onFx(() -> {
            String body = message + ("startup.backupFailed".equals(headerKey)
                    ? "\n\n" + i18n.get("startup.backupFailed.what") : "\n\n" + i18n.get("startup.check", file));
            Alert a = alert(Alert.AlertType.ERROR, i18n.get(headerKey), "", ButtonType.CLOSE);
            a.getDialogPane().setContent(text(body));
            a.getDialogPane().setId("startup-failed");
            a.showAndWait();
            return null;
        });
    }

    @Override
    public void status(String key, Object... args) {
        String text = i18n.get(key, args);
        Platform.runLater(() -> skeleton.status(text));
    }

    @Override
    public void offerBundle(Path file) {
        if (BundleOnOpen.pending()) {
            onFx(() -> {
                BundleOnOpen.offer(file, i18n.locale());
                return null;
            });
        }
    }

    private Alert alert(Alert.AlertType type, String header, String content, ButtonType... buttons) {
        Alert a = new Alert(type, content, buttons);
        if (stage.isShowing()) {
            a.initOwner(stage);
        }
        a.setTitle(i18n.get("app.title"));
        a.setHeaderText(header);
        a.getDialogPane().setMinWidth(520);
        return a;
    }

    private static TextArea text(String s) {
        TextArea area = new TextArea(s);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(9);
        area.setPrefColumnCount(60);
        return area;
    }
}
