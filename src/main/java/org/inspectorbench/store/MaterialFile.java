package org.inspectorbench.store;

import java.time.Instant;

/** A file a unit sent as (part of) an evidence material; its bytes are stored once by hash. */
public record MaterialFile(String name, String sha256, long size, Instant addedAt, String addedBy) {
}
