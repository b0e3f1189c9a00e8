package org.inspectorbench.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CalendarCommandTest {

    @Test
    void countsAndExplainsTheNationalDayWeek() {
        CliRun r = CliRun.of("calendar", "workdays", "--from", "2022-09-30", "--to", "2022-10-10");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains(": 3 个工作日"), r.out());
        assertTrue(r.out().contains("2022-10-01 星期六 节假日（国庆节）"), r.out());
        assertTrue(r.out().contains("2022-10-08 星期六 调休上班（国庆节）"), r.out());
        assertTrue(r.out().contains("国办发明电〔2021〕11号"), r.out());
    }

    @Test
    void missingYearAndBadDateAreUserErrors() {
        CliRun r = CliRun.of("calendar", "workdays", "--from", "2027-01-01", "--to", "2027-01-10");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("2027"), r.err());
        assertEquals("", r.out());
        CliRun bad = CliRun.of("calendar", "workdays", "--from", "2022-9-30", "--to", "2022-10-10");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("--from \"2022-9-30\" is not a date"), bad.err());
    }
}
