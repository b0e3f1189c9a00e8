package org.inspectorbench.monitoring;

import org.inspectorbench.rubric.Rubric;
import org.inspectorbench.rubric.RubricParser;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The thresholds come from the 2022 rubric file, not from Java. */
class VetoThresholdsTest {

    private static Rubric rubric() throws Exception {
        return RubricParser.parse(Files.readString(Path.of("sample-data/rubrics/mianyang-2022.json")));
    }

    @Test
    void rulesFromThe2022Rubric() throws Exception {
        Rubric r = rubric();
        assertEquals(0, new BigDecimal("0.05").compareTo(VetoThresholds.availability(r, new BigDecimal("15"), 20, 7).share()));
        ColumnRule columns = VetoThresholds.columns(r, Period.ofDays(14), Period.ofMonths(6), Period.ofYears(1));
        assertEquals(5, columns.notUpdatedThreshold());
        assertEquals(10, columns.longNotUpdatedThreshold());
        assertEquals(5, columns.emptyThreshold());
        assertEquals(5, VetoThresholds.serviceGuide(r, 4).matters());
    }

    @Test
    void aMissingThresholdIsNamed() throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> VetoThresholds.threshold(rubric(), "政府网站/首页不更新", "1"));
        assertEquals("the rubric's veto 政府网站/首页不更新 condition 1 has no threshold", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> VetoThresholds.threshold(rubric(), "政府网站/不存在", "1"));
    }
}
