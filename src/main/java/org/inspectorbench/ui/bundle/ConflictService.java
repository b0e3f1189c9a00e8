package org.inspectorbench.ui.bundle;

import org.inspectorbench.bundle.Conflict;
import org.inspectorbench.bundle.Resolution;

import java.util.List;
import java.util.Map;

/** The workspace's open conflicts and their resolution (a fake in view-model tests). */
public interface ConflictService {

    List<Conflict> conflicts();

    /** The JPEG thumbnails of the conflicted finding's images, by SHA-256. */
    Map<String, byte[]> thumbnails(Conflict conflict);

    /** Resolves it as a new revision edited from every side (as {@code inspector conflicts resolve}). */
    void resolve(String conflictId, Resolution resolution, String note);
}
