package org.inspectorbench.store;

import java.time.Instant;

/**
 * A stored 随机抽查 draw for one rule of one unit (and website or account): {@code drawJson} is the
 * sampling tool's record (candidates, seed, size, drawn items, pass/fail marks) as JSON, so the
 * office can redraw the same sample. {@code findingId} links the finding whose count follows from
 * the marks, once there is one.
 */
public record SamplingDraw(String id, String unit, String site, String account, String item, String rule,
                           String findingId, String drawJson, String author, Instant createdAt, Instant updatedAt,
                           Revision revision, Revision parent, boolean deleted) {
}
