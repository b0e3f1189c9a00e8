package org.inspectorbench.bundle;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * Who wrote a bundle. An inspector's bundle carries that inspector's work on the units assigned to
 * them; the office's bundle starts or refreshes laptops: the campaign (rubric, units, accounts,
 * inspectors), the assignments and the merged, resolved records.
 */
public enum BundleKind {
    INSPECTOR, OFFICE;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static BundleKind parse(String text) {
        for (BundleKind k : values()) {
            if (k.json().equals(text)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown bundle kind " + text + " (inspector or office)");
    }
}
