package org.inspectorbench.monitoring;

import java.util.List;

/**
 * @param incomplete the matters lacking the rule's number of key elements or more
 */
public record ServiceGuideReport(int totalMatters, List<ServiceMatter> incomplete, VetoProposal proposal) {

    public ServiceGuideReport {
        incomplete = List.copyOf(incomplete);
    }
}
