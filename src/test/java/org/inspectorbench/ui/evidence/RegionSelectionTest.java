package org.inspectorbench.ui.evidence;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegionSelectionTest {

    @Test
    void aBandDraggedUpAndLeftIsTheSameRectangle() {
        assertEquals(new RegionSelection(50, 40, 200, 100), RegionSelection.between(250, 140, 50, 40, 800, 600));
    }

    @Test
    void aBandIsKeptOnTheScreen() {
        assertEquals(new RegionSelection(0, 500, 100, 100), RegionSelection.between(-30, 500, 100, 900, 800, 600));
    }

    @Test
    void aClickIsNoSelection() {
        assertFalse(RegionSelection.between(10, 10, 12, 11, 800, 600).usable());
        assertTrue(RegionSelection.between(10, 10, 14, 14, 800, 600).usable());
    }

    @Test
    void aHiDpiScreenCutsTwiceThePixelsRoundedOutwardsInsideTheImage() {
        assertArrayEquals(new int[]{101, 80, 400, 201}, new RegionSelection(50.5, 40, 200, 100.3).pixels(2, 1600, 1200));
        assertArrayEquals(new int[]{1500, 1100, 100, 100}, new RegionSelection(750, 550, 200, 200).pixels(2, 1600, 1200));
    }
}
