package org.inspectorbench.signing;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The two ways a signed scorecard gets altered in the tests. */
public final class Tampering {

    private Tampering() {
    }

    /**
     * Flips one bit of a byte inside the first signed range: in the binary comment on the
     * second line, so the file still parses everywhere and only the signature can tell.
     */
    public static byte[] flipByteInSignedRange(byte[] signed) {
        byte[] copy = signed.clone();
        int secondLine = indexOf(copy, (byte) '\n') + 2;
        copy[secondLine] ^= 0x01;
        return copy;
    }

    /**
     * An incremental update after the signature, as an editor saving the file would append: here
     * it changes the document's subject. The signature itself stays intact.
     */
    public static byte[] appendIncrementalUpdate(byte[] signed) {
        try (PDDocument doc = Loader.loadPDF(signed)) {
            doc.getDocumentInformation().setSubject("篡改 changed after signing");
            doc.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        throw new IllegalArgumentException("no line end");
    }
}
