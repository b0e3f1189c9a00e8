package org.inspectorbench.calendar;

import org.junit.jupiter.api.Test;

import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cross-checks the dates of each bundled file against the notice sentence it quotes verbatim: a
 * typo in a date would otherwise go unnoticed until a deadline is misjudged.
 */
class CalendarDataTest {

    private static final Pattern DAYS = Pattern.compile("共(\\d+)天");

    @Test
    void holidayLengthsAndMakeUpDaysMatchTheNoticeText() {
        WorkingDayCalendar calendar = CalendarLoader.bundled();
        int checked = 0;
        for (int year : calendar.years()) {
            for (Holiday h : calendar.year(year).holidays()) {
                long days = ChronoUnit.DAYS.between(h.from(), h.to()) + 1;
                Matcher m = DAYS.matcher(h.text());
                if (m.find()) {
                    int stated = Integer.parseInt(m.group(1));
                    if (days != stated) {
                        assertTrue(h.note() != null && days < stated,
                                year + " " + h.name() + ": " + days + " days listed, the text says " + stated
                                        + " and no note explains why");
                    }
                }
                String fromText = h.from().getDayOfMonth() + "日";
                assertTrue(h.text().contains(fromText) || h.note() != null, year + " " + h.name() + " starts " + h.from());
                for (var makeUp : h.makeUpWorkdays()) {
                    String md = makeUp.getMonthValue() + "月" + makeUp.getDayOfMonth() + "日";
                    assertTrue(h.text().contains(md), year + " " + h.name() + ": " + md + " not in the text");
                }
                long stated = h.text().chars().filter(c -> c == '上').count();
                assertEquals(h.makeUpWorkdays().isEmpty() ? 0 : 1, Math.min(stated, 1), year + " " + h.name());
                checked++;
            }
            assertNotNull(calendar.year(year).notice().date());
            assertTrue(calendar.year(year).notice().title().contains(year + "年"));
        }
        assertEquals(33, checked, "7+6+7+6+7 holiday periods in 2022..2026");
    }
}
