package org.inspectorbench.scoring;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PointsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"100, 100", "1E+2, 100", "0, 0", "0.00, 0", "0.1, 0.1", "0.10, 0.1", "0.05, 0.05", "34.995, 35",
            "34.985, 34.99", "34.984, 34.98", "-0.5, -0.5", "-0.25, -0.25", "130.000, 130", "123456789012345678.25, 123456789012345678.25"})
    void formatRoundsHalfUpToTwoDecimalsWithoutTrailingZeros(String value, String expected) {
        assertEquals(expected, Points.format(new BigDecimal(value)));
        assertEquals(expected, Points.forOutput(new BigDecimal(value)).toString());
    }
}
