package org.inspectorbench.ui.common;

import javafx.scene.text.Font;

import java.io.IOException;
import java.io.InputStream;

/**
 * The program brings its own CJK font (Noto Sans SC) so that Chinese renders on a machine without
 * one. It must be loaded before the first scene, and the stylesheet names its family on .root.
 */
public final class Fonts {

    public static final String FAMILY = "Noto Sans SC";
    private static final String[] FILES = {"NotoSansSC-Regular.ttf", "NotoSansSC-Bold.ttf"};
    private static volatile boolean loaded;

    private Fonts() {
    }

    public static synchronized void load() {
        if (loaded) {
            return;
        }
        for (String file : FILES) {
            try (InputStream in = Fonts.class.getResourceAsStream("/org/inspectorbench/fonts/" + file)) {
                if (in == null || Font.loadFont(in, 13) == null) {
                    System.err.println("Font " + file + " could not be loaded; Chinese may show as boxes");
                }
            } catch (IOException e) {
                System.err.println("Font " + file + " could not be read: " + e.getMessage());
            }
        }
        loaded = true;
    }
}
