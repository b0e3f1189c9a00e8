package org.inspectorbench.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertNull;

/** The picocli-free window start takes only plain window options; everything else stays with picocli. */
class GuiStartTest {

    @Test
    void anythingButPlainWindowOptionsIsLeftToPicocli() {
        PrintWriter err = new PrintWriter(new StringWriter());
        assertNull(GuiStart.tryRun(new String[]{"score", "--workspace", "w"}, err));
        assertNull(GuiStart.tryRun(new String[]{"gui", "--help"}, err));
        assertNull(GuiStart.tryRun(new String[]{"gui", "--workspace"}, err), "a missing value is picocli's error");
        assertNull(GuiStart.tryRun(new String[]{"gui", "--workspace", "--exit-when-ready"}, err));
        assertNull(GuiStart.tryRun(new String[]{"gui", "--workspace=w.inspector"}, err));
        CliRun help = CliRun.of("gui", "--bogus");
        org.junit.jupiter.api.Assertions.assertEquals(2, help.exit());
        org.junit.jupiter.api.Assertions.assertTrue(help.err().contains("Unknown option: '--bogus'"), help.err());
    }
}
