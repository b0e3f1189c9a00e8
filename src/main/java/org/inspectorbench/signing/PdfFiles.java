package org.inspectorbench.signing;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Opening PDFs for signing and verifying, with user-facing problems for the usual bad inputs. */
final class PdfFiles {

    /** Readers accept a header within the first 1024 bytes (ISO 32000-1, 7.5.2 and common practice). */
    private static final int HEADER_WINDOW = 1024;

    private PdfFiles() {
    }

    static boolean startsLikePdf(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, HEADER_WINDOW), StandardCharsets.ISO_8859_1);
        return head.contains("%PDF-");
    }

    static PDDocument load(byte[] pdf) throws SigningException {
        if (!startsLikePdf(pdf)) {
            throw SigningProblem.of(SigningProblem.Kind.NOT_PDF, "不是 PDF 文件 the input is not a PDF file");
        }
        PDDocument doc;
        try {
            doc = Loader.loadPDF(pdf);
        } catch (InvalidPasswordException e) {
            throw SigningProblem.of(SigningProblem.Kind.PDF_ENCRYPTED,
                    "PDF 已加密 the PDF is password-protected: scorecards are signed unencrypted", e);
        } catch (IOException e) {
            throw SigningProblem.of(SigningProblem.Kind.NOT_PDF,
                    "PDF 已损坏 the PDF cannot be read: " + e.getMessage(), e);
        }
        if (doc.isEncrypted()) {
            try {
                doc.close();
            } catch (IOException ignored) {
                // Closing an in-memory document cannot lose anything.
            }
            throw SigningProblem.of(SigningProblem.Kind.PDF_ENCRYPTED,
                    "PDF 已加密 the PDF is encrypted: scorecards are signed unencrypted");
        }
        return doc;
    }
}
