package org.inspectorbench.monitoring;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ColumnCheckTest {

    private static final LocalDate MONITORING = LocalDate.of(2022, 11, 25);
    /** The seed's numbers: 2 weeks, 6 months, thresholds 5 / 10 / 5; 长期 read as one year. */
    private static final ColumnRule RULE = new ColumnRule(Period.ofDays(14), Period.ofMonths(6), Period.ofYears(1), 5, 10, 5);

    private static List<ColumnRecord> columns(int n, ColumnKind kind, LocalDate lastUpdate, boolean empty, boolean shouldUpdate) {
        List<ColumnRecord> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(new ColumnRecord(kind.label() + i, kind, true, lastUpdate, empty, shouldUpdate));
        }
        return list;
    }

    @Test
    void fiveStaleColumnsAreAVetoFourAreNot() {
        List<ColumnRecord> five = new ArrayList<>(columns(3, ColumnKind.DYNAMIC_NEWS, MONITORING.minusDays(15), false, true));
        five.addAll(columns(1, ColumnKind.NOTICE, LocalDate.of(2022, 5, 24), false, true));
        five.addAll(columns(1, ColumnKind.POLICY_DOCUMENT, null, false, true));
        ColumnReport r = ColumnCheck.evaluate(five, MONITORING, RULE);
        assertEquals(5, r.notUpdated().size());
        assertEquals(List.of("1"), r.proposal().conditions());
        assertTrue(r.proposal().evidence().contains("未更新"), r.proposal().evidence());
        assertTrue(r.proposal().evidence().contains(ColumnKind.POLICY_DOCUMENT.label() + "0（无日期）"), r.proposal().evidence());

        ColumnReport four = ColumnCheck.evaluate(five.subList(0, 4), MONITORING, RULE);
        assertFalse(four.proposal().holds());
    }

    @Test
    void windowBoundariesAreInclusive() {
        List<ColumnRecord> fresh = new ArrayList<>(columns(5, ColumnKind.DYNAMIC_NEWS, MONITORING.minusDays(14), false, true));
        fresh.addAll(columns(5, ColumnKind.NOTICE, LocalDate.of(2022, 5, 25), false, true));
        ColumnReport r = ColumnCheck.evaluate(fresh, MONITORING, RULE);
        assertEquals(0, r.notUpdated().size(), "updated exactly 2 weeks / 6 months before counts as updated");
        List<ColumnRecord> notFirstLevel = List.of(new ColumnRecord("二级通知", ColumnKind.NOTICE, false, null, false, false));
        assertEquals(0, ColumnCheck.evaluate(notFirstLevel, MONITORING, RULE).notUpdated().size());
    }

    @Test
    void tenLongNotUpdatedColumnsAreAVetoNineAreNot() {
        List<ColumnRecord> ten = columns(10, ColumnKind.OTHER, LocalDate.of(2021, 11, 24), false, true);
        ColumnReport r = ColumnCheck.evaluate(ten, MONITORING, RULE);
        assertEquals(10, r.longNotUpdated().size());
        assertEquals(List.of("2"), r.proposal().conditions());
        assertFalse(ColumnCheck.evaluate(ten.subList(0, 9), MONITORING, RULE).proposal().holds());
        List<ColumnRecord> noNeed = columns(10, ColumnKind.OTHER, LocalDate.of(2021, 11, 24), false, false);
        assertFalse(ColumnCheck.evaluate(noNeed, MONITORING, RULE).proposal().holds(), "columns that need no updates are not counted");
        List<ColumnRecord> yearAgo = columns(10, ColumnKind.OTHER, LocalDate.of(2021, 11, 25), false, true);
        assertFalse(ColumnCheck.evaluate(yearAgo, MONITORING, RULE).proposal().holds(), "updated exactly a year before");
    }

    @Test
    void fiveEmptyColumnsAreAVetoAndCountOnlyAsEmpty() {
        List<ColumnRecord> five = columns(5, ColumnKind.DYNAMIC_NEWS, null, true, true);
        ColumnReport r = ColumnCheck.evaluate(five, MONITORING, RULE);
        assertEquals(5, r.empty().size());
        assertEquals(0, r.notUpdated().size());
        assertEquals(List.of("3"), r.proposal().conditions());
        assertFalse(ColumnCheck.evaluate(five.subList(0, 4), MONITORING, RULE).proposal().holds());
    }

    @Test
    void homepage() {
        assertFalse(HomepageCheck.evaluate(new HomepageRecord(MONITORING.minusDays(14), false), List.of(), MONITORING, Period.ofDays(14)).holds());
        VetoProposal stale = HomepageCheck.evaluate(new HomepageRecord(MONITORING.minusDays(15), false), List.of(), MONITORING, Period.ofDays(14));
        assertEquals(List.of("1"), stale.conditions());
        assertTrue(HomepageCheck.evaluate(new HomepageRecord(null, false), List.of(), MONITORING, Period.ofDays(14)).holds());
        List<ColumnRecord> old = columns(3, ColumnKind.OTHER, MONITORING.minusDays(20), false, true);
        VetoProposal nav = HomepageCheck.evaluate(new HomepageRecord(null, true), old, MONITORING, Period.ofDays(14));
        assertEquals(List.of("2"), nav.conditions());
        List<ColumnRecord> oneFresh = new ArrayList<>(old);
        oneFresh.add(new ColumnRecord("动态", ColumnKind.DYNAMIC_NEWS, true, MONITORING.minusDays(3), false, true));
        assertFalse(HomepageCheck.evaluate(new HomepageRecord(null, true), oneFresh, MONITORING, Period.ofDays(14)).holds());
        assertFalse(HomepageCheck.evaluate(new HomepageRecord(null, true), List.of(), MONITORING, Period.ofDays(14)).holds(),
                "nothing recorded: no proposal, a request to record");
    }
}
