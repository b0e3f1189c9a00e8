package org.inspectorbench.ui.report;

import org.inspectorbench.report.EvidenceMode;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What the inspector chose in the export dialog: one unit's scorecard to a file, or every unit's and
 * the campaign summary to a folder; the evidence appendix; and how to sign.
 */
public record ExportRequest(Scope scope, String unit, Path out, EvidenceMode evidence, Signing signing) {

    public enum Scope { UNIT, ALL }

    /** Unsigned, signed with an existing keystore, or signed with a key made now. */
    public sealed interface Signing permits Unsigned, ExistingKey, NewKey {
    }

    public record Unsigned() implements Signing {
    }

    public record ExistingKey(Path keystore) implements Signing {
    }

    /** A new RSA key with a self-signed certificate for {@code name} of {@code organisation}, saved to {@code keystore}. */
    public record NewKey(String name, String organisation, Path keystore) implements Signing {
    }

    public ExportRequest {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(signing, "signing");
        if (scope == Scope.UNIT && (unit == null || unit.isBlank())) {
            throw new IllegalArgumentException("a unit export names its unit");
        }
    }

    public boolean signed() {
        return !(signing instanceof Unsigned);
    }
}
