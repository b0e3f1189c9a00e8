package org.inspectorbench.ui.report;

import java.nio.file.Path;
import java.util.List;

/**
 * How an export ended, as a value the view shows: the files written, or why nothing was written
 * ({@code detail} is the report's or the signer's own message, which says what to do).
 *
 * @param signer the name the PDFs were signed by, or null
 */
public record ExportOutcome(Status status, List<Path> files, String signer, String detail) {

    public enum Status { SUCCEEDED, FAILED, CANCELLED }

    public ExportOutcome {
        files = List.copyOf(files);
    }

    static ExportOutcome succeeded(List<Path> files, String signer) {
        return new ExportOutcome(Status.SUCCEEDED, files, signer, null);
    }

    static ExportOutcome failed(String detail) {
        return new ExportOutcome(Status.FAILED, List.of(), null, detail);
    }

    static ExportOutcome cancelled(String detail) {
        return new ExportOutcome(Status.CANCELLED, List.of(), null, detail);
    }
}
