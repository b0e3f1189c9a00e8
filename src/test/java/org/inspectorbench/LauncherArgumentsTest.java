package org.inspectorbench;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class LauncherArgumentsTest {

    @Test
    void noArgumentsOpenTheWindow() {
        assertArrayEquals(new String[]{"gui"}, Launcher.commandLine(new String[0]));
    }

    @Test
    void aDoubleClickedBundleIsOfferedForImport() {
        assertArrayEquals(new String[]{"gui", "--import-bundle", "/home/张三/区县.INSPBUNDLE"},
                Launcher.commandLine(new String[]{"/home/张三/区县.INSPBUNDLE"}));
        String uri = Path.of("/tmp/a b.inspbundle").toUri().toString();
        assertArrayEquals(new String[]{"gui", "--import-bundle", "/tmp/a b.inspbundle"},
                Launcher.commandLine(new String[]{uri}));
    }

    @Test
    void commandsPassThroughUnchanged() {
        String[] cli = {"bundle", "import", "x.inspbundle"};
        assertArrayEquals(cli, Launcher.commandLine(cli));
        String[] other = {"score.json"};
        assertArrayEquals(other, Launcher.commandLine(other));
    }
}
