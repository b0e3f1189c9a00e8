package org.inspectorbench.scoring;

import java.util.*;

public class TmpProfile {
    public static void main(String[] a) {
        ScoringEngine engine = ScoringTestSupport.ENGINE;
        Random r = new Random(1);
        RandomFindings gen = new RandomFindings(engine, r, Findings.MONITORING);
        List<UnitFindings> units = new ArrayList<>();
        for (int u = 0; u < 49; u++) {
            List<FindingInput> fs = new ArrayList<>(), ws = new ArrayList<>(), nm = new ArrayList<>();
            for (int i = 0; i < 8; i++) fs.add(gen.finding(null, org.inspectorbench.rubric.Part.Scope.UNIT));
            for (int i = 0; i < 8; i++) ws.add(gen.finding(null, org.inspectorbench.rubric.Part.Scope.WEBSITE));
            for (int i = 0; i < 4; i++) nm.add(gen.finding(null, org.inspectorbench.rubric.Part.Scope.NEW_MEDIA));
            units.add(new UnitFindings("u" + u, "县市区", List.of(), fs, List.of(new WebsiteFindings("s", ws, List.of())), new NewMediaFindings(nm, List.of())));
        }
        FindingsInput in = new FindingsInput(Findings.MONITORING, units);
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long end = System.currentTimeMillis() + Long.getLong("secs", 20) * 1000;
        while (System.currentTimeMillis() < end) {
            long c0 = mx.getCurrentThreadCpuTime(), w0 = System.nanoTime();
            for (int i = 0; i < 100; i++) if (!engine.score(in).ok()) throw new AssertionError();
            long c1 = mx.getCurrentThreadCpuTime(), w1 = System.nanoTime();
            System.out.printf("cpu %.3f ms wall %.3f ms per campaign%n", (c1 - c0) / 100e6, (w1 - w0) / 100e6);
        }
    }
}
