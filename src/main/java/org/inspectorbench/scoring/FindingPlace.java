package org.inspectorbench.scoring;

import org.inspectorbench.rubric.Part;

import java.util.Objects;

/**
 * Where a finding or veto is recorded: the unit as a whole, one of its websites, or its new-media
 * accounts taken together. Matches the scope of the rubric part the item belongs to.
 */
public record FindingPlace(Part.Scope scope, String site) {

    private static final FindingPlace UNIT = new FindingPlace(Part.Scope.UNIT, null);
    private static final FindingPlace NEW_MEDIA = new FindingPlace(Part.Scope.NEW_MEDIA, null);

    public FindingPlace {
        Objects.requireNonNull(scope, "scope");
        if (scope == Part.Scope.WEBSITE) {
            Objects.requireNonNull(site, "a website place needs its site name");
        } else {
            site = null;
        }
    }

    public static FindingPlace unit() {
        return UNIT;
    }

    public static FindingPlace website(String site) {
        return new FindingPlace(Part.Scope.WEBSITE, site);
    }

    public static FindingPlace newMedia() {
        return NEW_MEDIA;
    }

    @Override
    public String toString() {
        return switch (scope) {
            case UNIT -> "unit";
            case WEBSITE -> "website " + site;
            case NEW_MEDIA -> "newMedia";
        };
    }
}
