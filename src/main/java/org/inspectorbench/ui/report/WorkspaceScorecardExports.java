package org.inspectorbench.ui.report;

import org.inspectorbench.report.ExportProgress;
import org.inspectorbench.report.ReportException;
import org.inspectorbench.report.ReportExport;
import org.inspectorbench.report.ScorecardSigner;
import org.inspectorbench.report.ScorecardSource;
import org.inspectorbench.store.Workspace;

import java.time.Clock;
import java.time.ZonedDateTime;

/**
 * The open workspace's scorecards, exactly as {@code inspector report pdf} writes them. The
 * workspace is the one the workbench has open (a second open would be refused as in use); its reads
 * are serialised with the workbench's own, so exporting while editing is safe.
 */
public final class WorkspaceScorecardExports implements ScorecardExports {

    private final Workspace ws;
    private final Clock clock;

    public WorkspaceScorecardExports(Workspace ws, Clock clock) {
        this.ws = ws;
        this.clock = clock;
    }

    @Override
    public ReportExport.Written export(ExportRequest request, ScorecardSigner signer, ExportProgress progress)
            throws ReportException {
        ReportExport export = new ReportExport(new ScorecardSource(ws), request.evidence(), signer);
        ZonedDateTime now = ZonedDateTime.now(clock);
        return request.scope() == ExportRequest.Scope.ALL
                ? export.all(request.out(), now, progress)
                : export.unit(request.unit(), request.out(), now);
    }
}
