package org.inspectorbench.monitoring;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** One matter (事项) whose service guide the inspector checked: the key elements it gives. */
public record ServiceMatter(String name, Set<GuideElement> present) {

    public ServiceMatter {
        present = present == null ? Set.of() : Set.copyOf(present);
    }

    /** The key elements the guide lacks, in the seed's order. */
    public List<GuideElement> missing() {
        return Arrays.stream(GuideElement.values()).filter(e -> !present.contains(e)).toList();
    }
}
