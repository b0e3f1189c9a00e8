package org.inspectorbench.store;

import org.inspectorbench.evidence.EvidenceImage;
import org.inspectorbench.json.Json;
import org.inspectorbench.rubric.Rubric;

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
            return Json.mapper().readValue(json, Rubric.class);
        } catch (Exception e) {
            throw new WorkspaceException(WorkspaceException.Reason.INVALID_INPUT,
                    "评分细则文件无效 (the rubric is not valid): " + e.getMessage(), e);
        }
    }
}
