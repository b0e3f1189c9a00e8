package org.inspectorbench.cli;

import org.inspectorbench.calendar.CalendarLoader;
import org.inspectorbench.report.xlsx.LeagueData;
import org.inspectorbench.report.xlsx.LeagueWorkbook;
import org.inspectorbench.report.xlsx.SyntheticFindings;
import org.inspectorbench.report.xlsx.SyntheticLeague;
import org.inspectorbench.rubric.Rubric;
import org.inspectorbench.store.CampaignSource;
import org.inspectorbench.store.MaterialCatalog;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The child JVM of {@code inspector bench xlsx} for the large synthetic campaign: run with a small
 * -Xmx so that "fits in 512 MB" is tested by the JVM itself, and reports its peak heap. Prints one
 * line of key=value figures; exits 1 on OutOfMemoryError.
 */
public final class BenchXlsxChild {

    private BenchXlsxChild() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        long seed = Long.parseLong(args[2]);
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        AtomicLong sampledPeak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                sampledPeak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        try {
            CampaignSource.Loaded sample = CampaignSource.loadSample();
            Rubric rubric = sample.rubric().parse();
            List<SyntheticFindings.UnitShape> base = sample.units().units().stream()
                    .map(u -> new SyntheticFindings.UnitShape(u.name(), u.kind(), u.tags() == null ? List.of() : u.tags(),
                            u.websites().stream().map(w -> w.name()).toList()))
                    .toList();
            long c0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            LeagueData data = SyntheticLeague.build("合成考核 synthetic campaign", rubric, SyntheticFindings.replicate(base, n),
                    MaterialCatalog.bundled(sample.campaign().id()).orElseThrow(), sample.campaign().monitoringDate(),
                    sample.campaign().evidenceDeadline(), CalendarLoader.bundled(), seed);
            long t1 = System.nanoTime();
            LeagueWorkbook.write(data, out);
            long t2 = System.nanoTime();
            long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - c0;
            sampler.interrupt();
            long poolPeaks = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    poolPeaks += pool.getPeakUsage().getUsed();
                }
            }
            System.out.println("units=" + n + " scoreMs=" + (t1 - t0) / 1_000_000 + " writeMs=" + (t2 - t1) / 1_000_000 + " cpuMs=" + cpu / 1_000_000
                    + " sampledPeakHeapMB=" + sampledPeak.get() / (1024 * 1024)
                    + " poolPeakSumMB=" + poolPeaks / (1024 * 1024)
                    + " maxHeapMB=" + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " bytes=" + Files.size(out));
        } catch (OutOfMemoryError e) {
            System.out.println("error=OutOfMemoryError");
            System.exit(1);
        }
    }
}
