package org.inspectorbench.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import org.inspectorbench.store.Revision;

import java.util.List;

/**
 * One line of a records/*.jsonl file: one version of one record. {@code state} is the record as
 * the workspace stores it (a finding, an attachment, ...); the other fields repeat what merging
 * needs so that a reader can follow the history without knowing every kind.
 *
 * @param parents the revisions this version was edited from: none for a new record, one for an
 *                edit, all the conflicting ones for a reviewer's resolution
 */
record RecordLine(String id, Revision revision, List<Revision> parents, String author, String unit,
                  boolean deleted, JsonNode state) {
}
