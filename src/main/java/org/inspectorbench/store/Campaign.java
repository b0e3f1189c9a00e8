package org.inspectorbench.store;

import java.time.LocalDate;

/** The workspace's campaign; its rubric is a frozen copy with this hash (see {@link RubricText}). */
public record Campaign(String id, String name, LocalDate monitoringDate, LocalDate evidenceDeadline,
                       String rubricSha256) {
}
