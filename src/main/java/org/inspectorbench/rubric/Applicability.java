package org.inspectorbench.rubric;

import java.util.List;

/**
 * Which units an item or veto applies to. {@code kinds} null or empty means every kind; a unit
 * carrying any tag of {@code exceptTags} (e.g. "无对外服务职能") is exempt.
 *
 * @param reason the document's wording for the exemption, shown with 不适用
 */
public record Applicability(List<String> kinds, List<String> exceptTags, String reason) {

    public boolean appliesTo(String kind, java.util.Collection<String> unitTags) {
        if (kinds != null && !kinds.isEmpty() && !kinds.contains(kind)) {
            return false;
        }
        if (exceptTags != null && unitTags != null) {
            for (String tag : exceptTags) {
                if (unitTags.contains(tag)) {
                    return false;
                }
            }
        }
        return true;
    }
}
