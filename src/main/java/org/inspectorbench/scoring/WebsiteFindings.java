package org.inspectorbench.scoring;

import java.util.List;

public record WebsiteFindings(String site, List<FindingInput> findings, List<VetoInput> vetoes) {
}
