package org.inspectorbench.ui.common;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClassPathNoticeTest {

    @Test
    void onlyTheClassPathWarningIsDroppedOtherJavaFxWarningsStillShow() {
        List<String> shown = new ArrayList<>();
        Handler h = new Handler() {
            @Override
            public void publish(LogRecord r) {
                shown.add(r.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger javafx = Logger.getLogger("javafx");
        javafx.addHandler(h);
        try {
            ClassPathNotice.silence();
            // As JavaFX logs: through the platform's System.Logger, which JUL backs.
            System.Logger fx = System.getLogger("javafx");
            fx.log(System.Logger.Level.WARNING, "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @1'");
            fx.log(System.Logger.Level.WARNING, "Could not resolve '-fx-base' while resolving lookups");
        } finally {
            javafx.removeHandler(h);
        }
        assertEquals(List.of("Could not resolve '-fx-base' while resolving lookups"), shown);
    }
}
