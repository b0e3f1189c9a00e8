package org.inspectorbench.cli;

import org.inspectorbench.report.EvidenceMode;
import org.inspectorbench.report.ExportProgress;
import org.inspectorbench.report.ReportException;
import org.inspectorbench.report.ReportExport;
import org.inspectorbench.report.ScorecardSource;
import org.inspectorbench.report.signed.PdfScorecardSigner;
import org.inspectorbench.scoring.Points;
import org.inspectorbench.scoring.UnitResult;
import org.inspectorbench.signing.Identities;
import org.inspectorbench.signing.SigningException;
import org.inspectorbench.signing.SigningIdentity;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Arrays;

/**
 * {@code inspector report pdf --workspace W (--unit U | --all) --out PATH [--evidence full|thumbnails|none]
 * [--sign --keystore K.p12 (--password-env VAR | --password-stdin)]} (docs/reports.md).
 */
@Command(name = "pdf", mixinStandardHelpOptions = true,
        description = "评分表 PDF: a unit's scorecard (--unit), or every unit's scorecard and the campaign summary "
                + "into a folder (--all); optionally signed. Files are written completely or not at all.")
public final class ReportPdfCommand implements Runnable {

    /** The --evidence values. */
    enum Evidence {
        full(EvidenceMode.FULL), thumbnails(EvidenceMode.THUMBNAILS), none(EvidenceMode.NONE);

        final EvidenceMode mode;

        Evidence(EvidenceMode mode) {
            this.mode = mode;
        }
    }

    static final class Target {
        @Option(names = "--unit", required = true, paramLabel = "U", description = "the unit, e.g. 涪城区")
        String unit;

        @Option(names = "--all", required = true,
                description = "every unit: one PDF per unit (01-涪城区.pdf ...) and " + ReportExport.SUMMARY_FILE
                        + " (all units ranked, tier counts) in the folder --out")
        boolean all;
    }

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Option(names = "--out", required = true, paramLabel = "PATH",
            description = "the PDF file (--unit; an existing folder gets <unit>.pdf), or the folder (--all)")
    Path out;

    @Option(names = "--evidence", defaultValue = "thumbnails", paramLabel = "full|thumbnails|none",
            description = "the evidence appendix: images as attached, thumbnails (default), or none")
    Evidence evidence;

    @Option(names = "--sign", description = "sign every PDF (reason 检查考核评分确认) with --keystore")
    boolean sign;

    @Option(names = "--keystore", paramLabel = "K.p12", description = "the signer's PKCS#12 keystore (with --sign)")
    Path keystore;

    @Mixin
    PasswordOptions password = new PasswordOptions();

    @Override
    public void run() {
        if (sign && keystore == null) {
            throw new UserError("--sign needs --keystore K.p12 (create one with `inspector keys new`)");
        }
        if (!sign && keystore != null) {
            throw new UserError("--keystore is used only with --sign: add --sign to sign the PDF");
        }
        if (!target.all && out.getFileName() != null && !Files.isDirectory(out)
                && !out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
            throw new UserError("--out " + out + ": name the PDF file, e.g. " + out + ".pdf");
        }
        ZonedDateTime now = ZonedDateTime.now();
        SigningIdentity identity = sign ? openIdentity(now) : null;
        ReportExport.Written written = workspace.with(ws -> {
            try {
                ReportExport export = new ReportExport(new ScorecardSource(ws), evidence.mode,
                        identity == null ? null : new PdfScorecardSigner(identity, now));
                return target.all ? export.all(out, now, progress()) : export.unit(target.unit, out, now);
            } catch (ReportException e) {
                throw new UserError(e.getMessage(), e);
            }
        });
        PrintWriter o = spec.commandLine().getOut();
        if (target.all) {
            o.println("已写入 wrote " + written.results().size() + " 份评分表 scorecards and the summary to " + out
                    + (identity == null ? "" : ", 已签名 signed by " + identity.name()));
        } else {
            UnitResult r = written.results().get(0);
            o.println("已写入 wrote " + written.files().get(0) + "  " + r.unit() + "  总分 "
                    + Points.round2(r.total()).toPlainString() + "  " + r.tier()
                    + (identity == null ? "" : "  已签名 signed by " + identity.name()));
        }
    }

    /** Opened before any work: a wrong password or an expired certificate stops the command with nothing written. */
    private SigningIdentity openIdentity(ZonedDateTime now) {
        try {
            Identities.checkExists(keystore);
        } catch (SigningException e) {
            throw SigningErrors.of(e);
        }
        char[] pw = password.read(keystore.toString());
        try {
            return Identities.open(keystore, pw, now.toInstant());
        } catch (SigningException e) {
            throw SigningErrors.of(e);
        } finally {
            Arrays.fill(pw, '\0');
        }
    }

    private ExportProgress progress() {
        PrintWriter err = spec.commandLine().getErr();
        return new ExportProgress() {
            @Override
            public void update(int done, int total, String current) {
                err.println("  [" + done + "/" + total + "] " + current);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
    }
}
