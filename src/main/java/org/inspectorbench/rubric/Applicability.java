package org.inspectorbench.rubric;

import java.util.List;

/**
 * Which units an item, a rule or a veto applies to. {@code kinds} null or empty means every kind; a
 * unit carrying any tag of {@code exceptTags} (e.g. "无对外服务职能") is exempt; when {@code tags} is
 * given, only units carrying all of them are concerned (e.g. "督促指导": 承担督促指导的市级部门).
 *
 * @param reason the document's wording for the exemption, shown with 不适用
 */
public record Applicability(List<String> kinds, List<String> exceptTags, String reason, List<String> tags) {

    public Applicability(List<String> kinds, List<String> exceptTags, String reason) {
        this(kinds, exceptTags, reason, null);
    }

    public boolean appliesTo(String kind, java.util.Collection<String> unitTags) {
        if (kinds != null && !kinds.isEmpty() && !kinds.contains(kind)) {
            return false;
        }
        if (tags != null && !tags.isEmpty() && (unitTags == null || !unitTags.containsAll(tags))) {
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

    /** Every tag this mentions (exempting or required): the unit tags a rubric knows. */
    public java.util.Set<String> mentionedTags() {
        java.util.Set<String> out = new java.util.TreeSet<>();
        if (exceptTags != null) {
            out.addAll(exceptTags);
        }
        if (tags != null) {
            out.addAll(tags);
        }
        return out;
    }
}
