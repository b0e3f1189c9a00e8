package org.inspectorbench.ui.checklist;

import org.inspectorbench.rubric.Item;
import org.inspectorbench.rubric.Part;
import org.inspectorbench.rubric.Rule;
import org.inspectorbench.rubric.Section;
import org.inspectorbench.ui.session.FindingKey;

/** A row of the checklist tree. */
sealed interface ChecklistNode {

    record SectionNode(Part part, Section section) implements ChecklistNode {
    }

    /**
     * @param scoreKey the key of the item's score in the snapshot (per site for website items)
     */
    record ItemNode(Part part, Item item, String path, String scoreKey, boolean applicable) implements ChecklistNode {
    }

    record RuleNode(Part part, Item item, Rule rule, FindingKey key, boolean applicable) implements ChecklistNode {
    }
}
