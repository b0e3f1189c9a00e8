package org.inspectorbench.scoring;

import java.util.List;

public record NewMediaFindings(List<FindingInput> findings, List<VetoInput> vetoes) {
}
