package org.inspectorbench.monitoring;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AvailabilityLogParserTest {

    @Test
    void headerInAnyOrderOffsetsAndFailureTexts() {
        List<AvailabilityCheck> c = AvailabilityLogParser.parse("""
                url,time,result,note
                http://www.my.gov.cn/,2022-11-14T08:00:00+08:00,2.5,
                HTTP://WWW.MY.GOV.CN,2022-11-14 09:00:00,fail,dns
                http://www.my.gov.cn,2022-11-14T10:00,15s,
                http://www.my.gov.cn,2022-11-14T11:00,HTTP 503,
                """);
        assertEquals(4, c.size());
        assertEquals(LocalDateTime.of(2022, 11, 14, 8, 0), c.get(0).time());
        assertEquals(new BigDecimal("2.5"), c.get(0).seconds());
        assertEquals("http://www.my.gov.cn", c.get(0).site());
        assertEquals("http://www.my.gov.cn", c.get(1).site(), "scheme/host case and a bare / do not make another site");
        assertEquals("fail", c.get(1).failure());
        assertEquals(new BigDecimal("15"), c.get(2).seconds());
        assertEquals("HTTP 503", c.get(3).failure());
        assertNull(c.get(3).seconds());
        assertEquals(5, c.get(3).line());
    }

    @Test
    void headerlessLog() {
        List<AvailabilityCheck> c = AvailabilityLogParser.parse("2022-11-14T08:00:00,http://a.gov.cn,1.2\n");
        assertEquals(1, c.size());
    }

    @Test
    void badRowsAreNamedByLine() {
        MonitoringFormatException e = assertThrows(MonitoringFormatException.class, () -> AvailabilityLogParser.parse("""
                time,url,result
                2022-11-14T08:00:00,http://a.gov.cn,1.2
                2022-11-32T08:00:00,http://a.gov.cn,1.2
                2022-11-14T08:00:00,,1.2
                2022-11-14T08:00:00,http://a.gov.cn,
                2022-11-14T08:00:00,http://a.gov.cn,-3
                """));
        assertEquals(4, e.problems().size(), e.getMessage());
        assertTrue(e.problems().get(0).startsWith("line 3: \"2022-11-32T08:00:00\" is not an ISO-8601 time"), e.getMessage());
        assertTrue(e.problems().get(1).startsWith("line 4: no URL"));
        assertTrue(e.problems().get(2).startsWith("line 5: no result"));
        assertTrue(e.problems().get(3).startsWith("line 6: negative seconds"));
        MonitoringFormatException h = assertThrows(MonitoringFormatException.class, () -> AvailabilityLogParser.parse("a,b,c\n1,2,3\n"));
        assertTrue(h.getMessage().contains("must name the columns time, url and result"), h.getMessage());
    }
}
