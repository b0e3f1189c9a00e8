package org.inspectorbench.ui;

import javafx.scene.input.KeyCombination;

/** Every keyboard shortcut of the window, in one table: the menus use it and the F1 help lists it. */
public enum Shortcut {
    UNDO("Shortcut+Z", "action.undo"),
    REDO("Shortcut+Y", "action.redo"),
    PASTE_EVIDENCE("Shortcut+V", "action.pasteEvidence"),
    ATTACH_FILES("Shortcut+O", "action.attachFiles"),
    CAPTURE_REGION("Shortcut+Shift+S", "action.captureRegion"),
    OPEN_EVIDENCE("Shortcut+Shift+E", "action.openEvidence"),
    FIND_UNIT("Shortcut+F", "action.findUnit"),
    UNITS_LIST("Shortcut+L", "action.unitsList"),
    PREVIOUS_UNIT("Alt+Up", "action.previousUnit"),
    NEXT_UNIT("Alt+Down", "action.nextUnit"),
    TAB_VETO("Shortcut+0", "action.tabVeto"),
    TAB_1("Shortcut+1", "action.tabPart"),
    HISTORY("Shortcut+H", "action.history"),
    EXPORT_PDF("Shortcut+P", "action.exportPdf"),
    IMPORT_BUNDLE("Shortcut+I", "action.importBundle"),
    EXPORT_BUNDLE("Shortcut+E", "action.exportBundle"),
    CONFLICTS("Shortcut+K", "action.conflicts"),
    LANGUAGE("Shortcut+Shift+L", "action.language"),
    HELP("F1", "action.help"),
    QUIT("Shortcut+Q", "action.quit");

    private final String keys;
    private final String messageKey;

    Shortcut(String keys, String messageKey) {
        this.keys = keys;
        this.messageKey = messageKey;
    }

    public KeyCombination combination() {
        return KeyCombination.keyCombination(keys);
    }

    public String messageKey() {
        return messageKey;
    }

    /** The keys as the help dialog shows them ("Ctrl+Z" on Linux and Windows). */
    public String display() {
        return combination().getDisplayText();
    }
}
