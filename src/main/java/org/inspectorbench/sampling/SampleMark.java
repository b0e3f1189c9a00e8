package org.inspectorbench.sampling;

import java.util.List;

/**
 * The inspector's verdict on one drawn item.
 *
 * @param candidate the index of the item in the draw's candidate list
 * @param passed    true when the item meets the rule (e.g. the policy document has its 解读稿)
 * @param note      what was found, in the inspector's words (may be null)
 * @param evidence  ids of evidence (screenshots) that show it; empty when none
 */
public record SampleMark(int candidate, boolean passed, String note, List<String> evidence) {

    public SampleMark {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
