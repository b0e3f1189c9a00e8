package org.inspectorbench.store;

import java.util.List;

/**
 * One evidence material (佐证材料) of a campaign's list, e.g. 附件4 of the 2022 rules.
 *
 * @param number    its number in the list (1..20 in 2022)
 * @param section   the list's heading it stands under
 * @param text      the list's text
 * @param appliesTo which units must send it; null means every unit
 * @param supports  the rubric items (paths) it is evidence for: our reading, kept in the data
 */
public record Material(int number, String section, String text, AppliesTo appliesTo, List<String> supports) {

    public Material {
        supports = supports == null ? List.of() : List.copyOf(supports);
    }

    /**
     * Units a material is asked of: by unit kind and, when {@code tags} is given, only units carrying
     * all of them (附件4 #20: only 市级部门 with a 督促指导 task).
     */
    public record AppliesTo(List<String> kinds, List<String> tags) {

        public AppliesTo {
            kinds = kinds == null ? List.of() : List.copyOf(kinds);
            tags = tags == null ? List.of() : List.copyOf(tags);
        }

        boolean applies(String kind, List<String> unitTags) {
            return (kinds.isEmpty() || kinds.contains(kind)) && unitTags.containsAll(tags);
        }
    }

    /** Whether a unit of this kind and with these tags has to send this material. */
    public boolean appliesTo(String kind, List<String> unitTags) {
        return appliesTo == null || appliesTo.applies(kind, unitTags == null ? List.of() : unitTags);
    }
}
