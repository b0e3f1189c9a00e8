package org.inspectorbench.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored finding. {@code kind} RULE: against {@code item}/{@code rule}; VETO: a 单项否决 that
 * holds, {@code item} is the veto path and {@code rule} the condition (or null). {@code site} is
 * the website of a 政府网站 finding, {@code account} the new-media account, where it concerns one.
 *
 * @param revision this version's stamp; {@code parent} the version it was edited from (null for
 *                 the first); {@code deleted} marks a tombstone, kept so that a deletion merges
 */
public record Finding(
        String id,
        String unit,
        String site,
        String account,
        Kind kind,
        String item,
        String rule,
        Integer count,
        String value,
        String note,
        String author,
        Instant createdAt,
        Instant updatedAt,
        Revision revision,
        Revision parent,
        boolean deleted) {

    public enum Kind { RULE, VETO }

    /** True when both say the same thing, whoever wrote them and when. */
    public boolean sameContent(Finding o) {
        return o != null && Objects.equals(unit, o.unit) && Objects.equals(site, o.site)
                && Objects.equals(account, o.account) && kind == o.kind && Objects.equals(item, o.item)
                && Objects.equals(rule, o.rule) && Objects.equals(count, o.count) && Objects.equals(value, o.value)
                && Objects.equals(note, o.note) && deleted == o.deleted;
    }

    public boolean sameContent(FindingDraft d) {
        return !deleted && Objects.equals(unit, d.unit()) && Objects.equals(site, d.site())
                && Objects.equals(account, d.account()) && kind == d.kind() && Objects.equals(item, d.item())
                && Objects.equals(rule, d.rule()) && Objects.equals(count, d.count())
                && Objects.equals(value, d.value()) && Objects.equals(note, d.note());
    }
}
