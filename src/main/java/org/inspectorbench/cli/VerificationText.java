package org.inspectorbench.cli;

import org.inspectorbench.signing.SignatureCheck;
import org.inspectorbench.signing.VerificationReport;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The text form of `inspector verify`: one block per signature, then the verdict. */
final class VerificationText {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private VerificationText() {
    }

    static void print(PrintWriter out, Path file, VerificationReport report, boolean strict, int exit) {
        out.println("文件 file: " + file + " (" + report.fileSize() + " bytes)");
        int total = report.signatures().size();
        for (SignatureCheck s : report.signatures()) {
            out.println();
            out.println("签名 signature " + s.number() + "/" + total + (s.fieldName() == null ? "" : "  [" + s.fieldName() + "]"));
            out.println("  签名人 signer:       " + s.signerName()
                    + (s.signerOrganisation().isEmpty() ? "" : "（" + s.signerOrganisation() + "）"));
            out.println("  时间 time:           " + (s.signingTime() == null ? "未注明 not given"
                    : format(s.signingTime(), DATE_TIME) + " (as claimed by the signer's computer)"));
            out.println("  事由 reason:         " + (s.reason() == null ? "未注明 not given" : s.reason()));
            if (s.location() != null) {
                out.println("  地点 location:       " + s.location());
            }
            out.println("  完整性 integrity:    " + integrity(s));
            out.println("  范围 coverage:       " + (s.coversWholeDocument() ? "全文 the whole document"
                    : "非全文 not the whole document" + (s.number() < total
                    ? " (a later signature follows)" : " (content was added after it)")));
            out.println("  证书 certificate:    " + certificate(s));
            out.println("  信任 trust:          " + trust(s));
            if (s.fingerprint() != null) {
                out.println("  证书指纹 SHA-256:    " + s.fingerprint());
            }
            for (String note : s.notes()) {
                out.println("  注意 note:           " + note);
            }
        }
        out.println();
        out.println("结论 verdict: " + verdict(report) + (exit != 0 && strict
                && report.verdict() != VerificationReport.Verdict.BROKEN
                && report.verdict() != VerificationReport.Verdict.NO_SIGNATURES ? " — fails --strict" : ""));
    }

    private static String integrity(SignatureCheck s) {
        return switch (s.integrity()) {
            case INTACT -> "完好 intact: the signed bytes are unchanged";
            case BROKEN -> "已损坏 BROKEN: " + s.problem();
            case UNSUPPORTED -> "无法检查 NOT CHECKED: " + s.problem();
        };
    }

    private static String certificate(SignatureCheck s) {
        String period = s.certificateNotBefore() == null ? ""
                : " (" + format(s.certificateNotBefore(), DATE) + " — " + format(s.certificateNotAfter(), DATE) + ")";
        return switch (s.certificateAtSigningTime()) {
            case VALID -> "签名时有效 valid at signing time" + period;
            case EXPIRED -> "签名时已过期 EXPIRED at signing time" + period;
            case NOT_YET_VALID -> "签名时尚未生效 NOT YET VALID at signing time" + period;
            case UNKNOWN -> "未知 unknown" + period;
        };
    }

    private static String trust(SignatureCheck s) {
        return switch (s.trust()) {
            case TRUSTED -> "受信任 trusted (pinned in the trust folder)";
            case UNTRUSTED -> "不受信任 NOT TRUSTED: the certificate is not in the trust folder";
            case NOT_CHECKED -> "未检查 not checked (give --trust DIR)";
        };
    }

    private static String verdict(VerificationReport r) {
        int n = r.signatures().size();
        String trust = r.trustChecked() ? (r.allTrusted() ? "; all signers trusted" : "; NOT all signers trusted") : "";
        return switch (r.verdict()) {
            case INTACT -> "完好 INTACT — " + n + (n == 1 ? " signature" : " signatures")
                    + " intact, the last covers the whole document" + trust;
            case CHANGED_AFTER_SIGNING -> "签名后被修改 CHANGED AFTER SIGNING — the signatures are intact, but "
                    + r.bytesAfterLastSignature() + " bytes were added after the last signature: what the pages "
                    + "show may differ from what was signed" + trust;
            case BROKEN -> "已损坏 BROKEN — at least one signature does not match the document";
            case NO_SIGNATURES -> "无签名 NO SIGNATURES — nothing in this PDF proves who made it";
        };
    }

    private static String format(Instant instant, DateTimeFormatter formatter) {
        return formatter.format(instant.atZone(ZoneId.systemDefault()));
    }
}
