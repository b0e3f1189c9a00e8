package org.inspectorbench.ui.common;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import org.inspectorbench.ui.WorkbenchRoot;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Run in a child JVM by {@link CjkFontWithoutSystemFontsTest} (whose environment has no fonts):
 * prints the family a workbench label gets and whether "政务公开" has real glyphs, then exits.
 */
public final class CjkFontProbe {

    static final String TEXT = "政务公开";

    private CjkFontProbe() {
    }

    public static void main(String[] args) throws Exception {
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();
        CompletableFuture<String> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(probe());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        int status = 0;
        try {
            System.out.println(result.get(15, TimeUnit.SECONDS));
        } catch (Exception e) {
            e.printStackTrace(); // e.g. no font at all to lay the label out with
            status = 1;
        }
        Platform.exit();
        System.exit(status); // the FX threads would keep a failed probe alive

    }

    private static String probe() {
        Fonts.load();
        Label label = new Label(TEXT);
        List<Text> glyphs = new ArrayList<>();
        HBox box = new HBox(label);
        // Each character alone, and four code points no font has (shown as the missing-glyph box).
        for (String s : new String[]{"政", "务", "公", "开", "\uE000", "\uE001"}) {
            Text t = new Text(s);
            t.getStyleClass().add("probe");
            glyphs.add(t);
            box.getChildren().add(t);
        }
        Scene scene = new Scene(box);
        scene.getStylesheets().add(WorkbenchRoot.STYLESHEET);
        box.applyCss();
        box.layout();
        glyphs.forEach(t -> t.setFont(label.getFont()));
        List<String> pictures = new ArrayList<>();
        for (Text t : glyphs) {
            pictures.add(picture(t.snapshot(new SnapshotParameters(), null)));
        }
        long distinct = pictures.subList(0, 4).stream().distinct().count();
        boolean likeMissing = pictures.subList(0, 4).stream().anyMatch(p -> p.equals(pictures.get(4)));
        return "family=" + label.getFont().getFamily() + ";width=" + label.prefWidth(-1)
                + ";distinct=" + distinct + ";likeMissing=" + likeMissing
                + ";missingAlike=" + pictures.get(4).equals(pictures.get(5));
    }

    /** The glyph's ink as a string of dark and light pixels (enough to tell glyphs apart). */
    private static String picture(Image image) {
        PixelReader r = image.getPixelReader();
        StringBuilder sb = new StringBuilder();
        sb.append((int) image.getWidth()).append('x').append((int) image.getHeight()).append(':');
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                sb.append(r.getColor(x, y).getBrightness() < 0.5 ? '#' : '.');
            }
        }
        return sb.toString();
    }
}
