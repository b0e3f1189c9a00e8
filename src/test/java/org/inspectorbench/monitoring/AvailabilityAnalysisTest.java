package org.inspectorbench.monitoring;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AvailabilityAnalysisTest {

    /** The seed's numbers: 5% inclusive, 15 s inclusive, >= 20 checks a day, 1 week. */
    private static final AvailabilityRule RULE = new AvailabilityRule(new BigDecimal("0.05"), new BigDecimal("15"), 20, 7);
    private static final LocalDate MONDAY = LocalDate.of(2022, 11, 14);
    private static final String SITE = "http://www.my.gov.cn";

    /** perDay[d] checks on day d; the first bad[d] of them took 15 s (odd) or failed (even). */
    private static List<AvailabilityCheck> log(int[] perDay, int[] bad) {
        List<AvailabilityCheck> checks = new ArrayList<>();
        int line = 2;
        for (int d = 0; d < perDay.length; d++) {
            for (int i = 0; i < perDay[d]; i++) {
                LocalDateTime t = MONDAY.plusDays(d).atTime(0, 0).plusMinutes(60L * i);
                boolean isBad = i < bad[d];
                if (isBad && i % 2 == 0) {
                    checks.add(new AvailabilityCheck(t, SITE, null, "timeout", line++));
                } else {
                    checks.add(new AvailabilityCheck(t, SITE, isBad ? new BigDecimal("15.000") : new BigDecimal("14.999"), null, line++));
                }
            }
        }
        return checks;
    }

    private static SiteAvailability only(AvailabilityReport r) {
        assertEquals(1, r.sites().size());
        return r.sites().get(0);
    }

    @Test
    void exactlyFivePercentIsAVeto() {
        // 7 days x 20 checks = 140; 5% of 140 = 7 not opened (4 failures, 3 of exactly 15 s)
        SiteAvailability s = only(AvailabilityAnalysis.analyse(log(new int[]{20, 20, 20, 20, 20, 20, 20}, new int[]{3, 0, 0, 4, 0, 0, 0}), RULE, null));
        assertEquals(140, s.checks());
        assertEquals(7, s.notOpened());
        assertEquals(0, new BigDecimal("0.05").compareTo(s.share()));
        assertEquals(AvailabilityStatus.VETO, s.status());
        assertTrue(s.proposal().holds());
        assertEquals(List.of("1"), s.proposal().conditions());
        assertTrue(s.proposal().evidence().contains("访问 140 次"), s.proposal().evidence());
        assertTrue(s.proposal().evidence().contains("打不开 7 次"), s.proposal().evidence());
        assertTrue(s.proposal().evidence().contains("占 5%"), s.proposal().evidence());
        assertEquals(1, s.proposal().asVetoInputs().size());
        assertEquals("政府网站/站点无法访问", s.proposal().asVetoInputs().get(0).veto());
    }

    @Test
    void justUnderFivePercentIsNoVeto() {
        // 6 of 140 = 4.29%
        SiteAvailability s = only(AvailabilityAnalysis.analyse(log(new int[]{20, 20, 20, 20, 20, 20, 20}, new int[]{3, 0, 0, 3, 0, 0, 0}), RULE, null));
        assertEquals(6, s.notOpened());
        assertEquals(AvailabilityStatus.BELOW_THRESHOLD, s.status());
        assertFalse(s.proposal().holds());
        assertTrue(s.proposal().asVetoInputs().isEmpty());
        assertTrue(s.proposal().evidence().contains("4.29%"), s.proposal().evidence());
        // 7 not opened out of 141 checks (4.96%) still stays below the line: the share, not the count, decides
        SiteAvailability t = only(AvailabilityAnalysis.analyse(log(new int[]{21, 20, 20, 20, 20, 20, 20}, new int[]{4, 0, 0, 3, 0, 0, 0}), RULE, null));
        assertEquals(AvailabilityStatus.BELOW_THRESHOLD, t.status(), "7/141 is below 5%");
    }

    @Test
    void aDayWith19ChecksMakesTheLogInsufficient() {
        SiteAvailability s = only(AvailabilityAnalysis.analyse(log(new int[]{20, 20, 19, 20, 20, 20, 20}, new int[]{10, 10, 0, 0, 0, 0, 0}), RULE, null));
        assertEquals(AvailabilityStatus.INSUFFICIENT, s.status());
        assertFalse(s.proposal().holds(), "a share of 14.4% does not make a veto from an insufficient log");
        assertTrue(s.proposal().evidence().contains("11-16 仅 19 次"), s.proposal().evidence());
    }

    @Test
    void aMissingDayIsInsufficientAndLaterDaysAreIgnored() {
        SiteAvailability s = only(AvailabilityAnalysis.analyse(log(new int[]{20, 20, 20, 20, 20, 20}, new int[]{0, 0, 0, 0, 0, 0}), RULE, null));
        assertEquals(AvailabilityStatus.INSUFFICIENT, s.status());
        assertEquals(0, s.days().get(6).checks());
        AvailabilityReport r = AvailabilityAnalysis.analyse(log(new int[]{20, 20, 20, 20, 20, 20, 20, 20}, new int[]{0, 0, 0, 0, 0, 0, 0, 0}), RULE, null);
        assertEquals(20, r.ignored());
        assertEquals(MONDAY.plusDays(6), r.weekEnd());
        AvailabilityReport fromTuesday = AvailabilityAnalysis.analyse(log(new int[]{20, 20, 20, 20, 20, 20, 20, 20}, new int[]{0, 0, 0, 0, 0, 0, 0, 0}), RULE, MONDAY.plusDays(1));
        assertEquals(AvailabilityStatus.BELOW_THRESHOLD, only(fromTuesday).status());
    }
}
