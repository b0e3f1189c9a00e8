package org.inspectorbench.ui;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import org.inspectorbench.ui.common.I18n;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/** The menu bar: every action with its shortcut (from {@link Shortcut}) and a mnemonic. */
public final class WorkbenchMenus {

    private final MenuBar bar = new MenuBar();
    private final I18n i18n;
    private final Map<Shortcut, Runnable> actions = new EnumMap<>(Shortcut.class);

    public WorkbenchMenus(I18n i18n, Consumer<Locale> switchLanguage) {
        this.i18n = i18n;
        bar.setId("menu-bar");
        Menu file = menu("menu.file", item(Shortcut.EXPORT_PDF), new SeparatorMenuItem(),
                item(Shortcut.IMPORT_BUNDLE), item(Shortcut.EXPORT_BUNDLE), item(Shortcut.CONFLICTS),
                new SeparatorMenuItem(), item(Shortcut.QUIT));
        Menu edit = menu("menu.edit", item(Shortcut.UNDO), item(Shortcut.REDO), new SeparatorMenuItem(),
                item(Shortcut.PASTE_EVIDENCE), item(Shortcut.ATTACH_FILES), item(Shortcut.CAPTURE_REGION),
                item(Shortcut.OPEN_EVIDENCE));
        Menu view = menu("menu.view", item(Shortcut.FIND_UNIT), item(Shortcut.UNITS_LIST),
                item(Shortcut.PREVIOUS_UNIT), item(Shortcut.NEXT_UNIT), new SeparatorMenuItem(),
                item(Shortcut.TAB_VETO), item(Shortcut.HISTORY));
        ToggleGroup languages = new ToggleGroup();
        RadioMenuItem zh = new RadioMenuItem("中文");
        RadioMenuItem en = new RadioMenuItem("English");
        zh.setId("language-zh");
        en.setId("language-en");
        zh.setToggleGroup(languages);
        en.setToggleGroup(languages);
        (i18n.locale().getLanguage().equals("en") ? en : zh).setSelected(true);
        zh.setOnAction(e -> switchLanguage.accept(I18n.CHINESE));
        en.setOnAction(e -> switchLanguage.accept(I18n.ENGLISH));
        i18n.localeProperty().addListener((o, a, b) -> (b.getLanguage().equals("en") ? en : zh).setSelected(true));
        Menu language = menu("menu.language", zh, en, new SeparatorMenuItem(), item(Shortcut.LANGUAGE));
        Menu help = menu("menu.help", item(Shortcut.HELP));
        bar.getMenus().addAll(file, edit, view, language, help);
    }

    private Menu menu(String key, MenuItem... items) {
        Menu m = new Menu();
        m.textProperty().bind(i18n.text(key));
        m.setMnemonicParsing(true);
        m.getItems().addAll(items);
        return m;
    }

    private MenuItem item(Shortcut s) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(i18n.text(s.messageKey()));
        item.setAccelerator(s.combination());
        item.setId("action-" + s.name().toLowerCase());
        item.setOnAction(e -> {
            Runnable r = actions.get(s);
            if (r != null) {
                r.run();
            }
        });
        return item;
    }

    public void on(Shortcut s, Runnable action) {
        actions.put(s, action);
    }

    public MenuBar bar() {
        return bar;
    }
}
