package org.inspectorbench.store;

import org.inspectorbench.evidence.EvidenceImage;
import org.inspectorbench.rubric.Rubric;
import org.inspectorbench.rubric.RubricException;
import org.inspectorbench.rubric.RubricParser;

import java.nio.charset.StandardCharsets;

/**
 * A campaign's frozen rubric: the file's text exactly as it was when the campaign started, and
 * the SHA-256 of its bytes (bundles compare it to refuse work scored by another rubric).
 */
public record RubricText(String json, String sha256) {

    public static RubricText of(String json) {
        return new RubricText(json, EvidenceImage.sha256(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** Parses the rubric; the one place the workspace turns rubric text into the model. */
    public Rubric parse() {
        try {
            return RubricParser.parse(json);
        } catch (RubricException e) {
            throw new WorkspaceException(WorkspaceException.Reason.INVALID_INPUT, e.getMessage(), e);
        }
    }
}
