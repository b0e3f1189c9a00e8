package org.inspectorbench.ui.report;

import org.inspectorbench.report.ExportProgress;
import org.inspectorbench.report.ReportException;
import org.inspectorbench.report.ReportExport;
import org.inspectorbench.report.ScorecardSigner;

/** Writes scorecards for the workbench: the workspace's report export, or a fake in tests. */
public interface ScorecardExports {

    /** @param signer null for unsigned PDFs */
    ReportExport.Written export(ExportRequest request, ScorecardSigner signer, ExportProgress progress)
            throws ReportException;
}
