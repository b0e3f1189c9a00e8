package org.inspectorbench.monitoring;

import java.util.List;

/** @param overdue messages in the look-back period not answered within the allowed time */
public record InteractionReport(int checked, List<PublicMessage> overdue, VetoProposal proposal) {

    public InteractionReport {
        overdue = List.copyOf(overdue);
    }
}
