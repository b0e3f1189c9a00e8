package org.inspectorbench.ui.materials;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.inspectorbench.store.Material;
import org.inspectorbench.store.MaterialState;
import org.inspectorbench.store.MaterialStatus;
import org.inspectorbench.ui.common.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A checklist row's badge is re-bound as the unit changes; a slow read for the previous unit never shows. */
@ExtendWith(ApplicationExtension.class)
class MaterialBadgesTest {

    private static final String ITEM = "政务公开/依申请公开";

    @Start
    void start(Stage stage) {
    }

    @AfterEach
    void uninstall() {
        MaterialBadges.install(null);
    }

    private static List<MaterialStatus> states(String unit, MaterialState state) {
        Material m = new Material(11, "二", "依申请公开办理目录", null, List.of(ITEM));
        return List.of(new MaterialStatus(unit, m, state, state == MaterialState.ON_TIME ? LocalDate.of(2022, 11, 20) : null,
                List.of(), null));
    }

    private static String text(MaterialBadges.Badge b) {
        return b.getChildren().isEmpty() ? "" : ((Label) b.getChildren().get(0)).getText();
    }

    @Test
    void aReboundRowShowsTheNewUnitAndIgnoresTheLateAnswerForTheOldOne(FxRobot robot) {
        List<Runnable> reads = new ArrayList<>();
        AtomicInteger asked = new AtomicInteger();
        robot.interact(() -> {
            MaterialBadges.install(new MaterialBadges(unit -> {
                asked.incrementAndGet();
                return states(unit, unit.equals("涪城区") ? MaterialState.ON_TIME : MaterialState.MISSING);
            }, reads::add, Runnable::run, new I18n(I18n.CHINESE), () -> 0L));
            MaterialBadges.Badge row = MaterialBadges.badge();
            row.bind("涪城区", ITEM);
            assertEquals("", text(row), "nothing until the unit's states are read");
            row.bind("游仙区", ITEM);
            reads.get(1).run();
            assertEquals("佐证材料： #11 未收到", text(row));
            reads.get(0).run();
            assertEquals("佐证材料： #11 未收到", text(row), "the late answer for 涪城区 does not overwrite 游仙区");

            MaterialBadges.Badge other = MaterialBadges.badge();
            other.bind("涪城区", ITEM);
            assertTrue(text(other).contains("#11 已收到 2022-11-20"), "read once, kept: " + text(other));
            other.bind("涪城区", "政务公开/重大决策公开");
            assertEquals("", text(other), "no material supports that item");
        });
        assertEquals(2, asked.get(), "one read per unit");
    }
}
