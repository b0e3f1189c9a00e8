package org.inspectorbench.report;

import org.inspectorbench.scoring.UnitResult;
import org.inspectorbench.store.Campaign;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes scorecards to files: one unit's PDF, or (--all) a folder with every unit's PDF and the
 * campaign summary. Signing, when asked, happens in memory before anything is written, so a
 * wrong password or an expired certificate leaves no file behind; the files themselves are
 * written atomically ({@link OutputFiles}).
 *
 * <p>{@code --all} reads the workspace on the calling thread (its connection is not shared) and
 * lays out, signs and writes the PDFs on a few worker threads.
 */
public final class ReportExport {

    /** The summary's file name in an --all folder; unit files are "01-涪城区.pdf" in campaign order. */
    public static final String SUMMARY_FILE = "00-考核结果汇总表.pdf";

    private final ScorecardSource source;
    private final EvidenceMode mode;
    private final ScorecardSigner signer;

    /** @param signer null for unsigned PDFs */
    public ReportExport(ScorecardSource source, EvidenceMode mode, ScorecardSigner signer) {
        this.source = source;
        this.mode = mode;
        this.signer = signer;
    }

    /** What an export wrote. */
    public record Written(List<Path> files, List<UnitResult> results) {
    }

    /** One unit's scorecard to {@code out} (a .pdf file, or a folder to put "涪城区.pdf" in). */
    public Written unit(String unit, Path out, ZonedDateTime now) throws ReportException {
        Scorecard card = source.scorecard(unit, mode, now);
        Path target = java.nio.file.Files.isDirectory(out)
                ? out.resolve(OutputFiles.fileName(card.header().unit()) + ".pdf") : out;
        OutputFiles.write(target, finish(render(card)));
        return new Written(List.of(target), List.of(card.result()));
    }

    /** Every unit's scorecard and the campaign summary into the folder {@code out}. */
    public Written all(Path out, ZonedDateTime now, ExportProgress progress) throws ReportException {
        List<UnitResult> results = source.scoreAll();
        int total = results.size() + 1;
        Path staging = OutputFiles.stage(out);
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "report-export");
            t.setDaemon(true);
            return t;
        });
        boolean done = false;
        try {
            List<String> names = new ArrayList<>();
            List<Future<?>> running = new ArrayList<>();
            int written = 0;
            for (int i = 0; i < results.size(); i++) {
                checkCancel(progress);
                Scorecard card = source.scorecard(results.get(i), mode, now);
                String name = String.format("%02d-%s.pdf", i + 1, OutputFiles.fileName(card.header().unit()));
                names.add(name);
                running.add(pool.submit(() -> {
                    OutputFiles.writeStaged(staging, name, finish(render(card)));
                    return null;
                }));
                // A few scorecards in flight at most: full-size evidence images are held in memory until written.
                while (running.size() > threads * 2) {
                    await(running.remove(0));
                    progress.update(++written, total, names.get(written - 1));
                }
            }
            for (Future<?> f : running) {
                checkCancel(progress);
                await(f);
                progress.update(++written, total, names.get(written - 1));
            }
            checkCancel(progress);
            Campaign c = source.workspace().campaign();
            CampaignSummary summary = new CampaignSummary(CampaignSummary.title(c.name()), c.name(),
                    source.workspace().rubric(), c.monitoringDate(), now, results);
            RenderedPdf summaryPdf;
            try {
                summaryPdf = CampaignSummaryPdf.render(summary);
            } catch (IOException e) {
                throw new ReportException(ReportException.Kind.CANNOT_WRITE, "汇总表生成失败 cannot lay out the summary: "
                        + e.getMessage(), e);
            }
            OutputFiles.writeStaged(staging, SUMMARY_FILE, finish(summaryPdf));
            progress.update(total, total, SUMMARY_FILE);
            checkCancel(progress);
            OutputFiles.publish(staging, out);
            done = true;
            List<Path> files = new ArrayList<>();
            files.add(out.resolve(SUMMARY_FILE));
            names.forEach(n -> files.add(out.resolve(n)));
            return new Written(files, results);
        } finally {
            pool.shutdownNow();
            if (!done) {
                OutputFiles.discard(staging);
            }
        }
    }

    private static RenderedPdf render(Scorecard card) throws ReportException {
        try {
            return ScorecardPdf.render(card);
        } catch (IOException e) {
            throw new ReportException(ReportException.Kind.CANNOT_WRITE, "评分表生成失败 cannot lay out the scorecard of "
                    + card.header().unit() + ": " + e.getMessage(), e);
        }
    }

    private byte[] finish(RenderedPdf pdf) throws ReportException {
        return signer == null ? pdf.bytes() : signer.sign(pdf.bytes(), pdf.signatureSpot());
    }

    private static void checkCancel(ExportProgress progress) throws ReportException {
        if (progress.cancelled() || Thread.currentThread().isInterrupted()) {
            throw new ReportException(ReportException.Kind.CANCELLED, "已取消 export cancelled: nothing was written");
        }
    }

    private static void await(Future<?> f) throws ReportException {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReportException(ReportException.Kind.CANCELLED, "已取消 export cancelled: nothing was written", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ReportException re) {
                throw re;
            }
            throw new ReportException(ReportException.Kind.CANNOT_WRITE, "评分表生成失败 export failed: "
                    + e.getCause(), e.getCause());
        }
    }
}
