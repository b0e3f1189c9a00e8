package org.inspectorbench.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The real dialogs, owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;
    private final I18n i18n;

    public FxDialogService(Supplier<Window> owner, I18n i18n) {
        this.owner = owner;
        this.i18n = i18n;
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert a = new Alert(type, message, type == Alert.AlertType.CONFIRMATION
                ? new ButtonType[]{ButtonType.OK, ButtonType.CANCEL} : new ButtonType[]{ButtonType.OK});
        a.initOwner(owner.get());
        a.setTitle(title);
        a.setHeaderText(title);
        a.getDialogPane().setMinWidth(420);
        return a;
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message).showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        return alert(Alert.AlertType.CONFIRMATION, title, message).showAndWait()
                .filter(b -> b == ButtonType.OK).isPresent();
    }

    @Override
    public List<Path> chooseImages(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(i18n.get("evidence.filter.images"),
                        "*.png", "*.jpg", "*.jpeg", "*.bmp", "*.gif", "*.webp", "*.PNG", "*.JPG", "*.JPEG"),
                new FileChooser.ExtensionFilter(i18n.get("evidence.filter.all"), "*"));
        List<File> files = chooser.showOpenMultipleDialog(owner.get());
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        TextInputDialog d = new TextInputDialog(initial);
        d.initOwner(owner.get());
        d.setTitle(title);
        d.setHeaderText(prompt);
        return d.showAndWait();
    }
}
