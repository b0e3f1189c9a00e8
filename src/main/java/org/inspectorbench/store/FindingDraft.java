package org.inspectorbench.store;

import java.util.UUID;

/**
 * What the user says about a rule (or a veto): the input of {@link Workspace#putFinding}. A draft
 * with the id of a stored finding updates it; a new draft gets a fresh UUID from {@link #rule} or
 * {@link #veto}, so the caller knows the id before storing.
 */
public record FindingDraft(
        String id,
        String unit,
        String site,
        String account,
        Finding.Kind kind,
        String item,
        String rule,
        Integer count,
        String value,
        String note) {

    public static FindingDraft rule(String unit, String item, String rule) {
        return new FindingDraft(UUID.randomUUID().toString(), unit, null, null, Finding.Kind.RULE, item, rule,
                null, null, null);
    }

    /** A 单项否决 holding; {@code condition} may be null when not known. */
    public static FindingDraft veto(String unit, String vetoPath, String condition) {
        return new FindingDraft(UUID.randomUUID().toString(), unit, null, null, Finding.Kind.VETO, vetoPath,
                condition, null, null, null);
    }

    /** A draft that edits a stored finding, starting from its current content. */
    public static FindingDraft of(Finding f) {
        return new FindingDraft(f.id(), f.unit(), f.site(), f.account(), f.kind(), f.item(), f.rule(), f.count(),
                f.value(), f.note());
    }

    public FindingDraft withId(String newId) {
        return new FindingDraft(newId, unit, site, account, kind, item, rule, count, value, note);
    }

    public FindingDraft withSite(String newSite) {
        return new FindingDraft(id, unit, newSite, account, kind, item, rule, count, value, note);
    }

    public FindingDraft withAccount(String newAccount) {
        return new FindingDraft(id, unit, site, newAccount, kind, item, rule, count, value, note);
    }

    public FindingDraft withCount(Integer newCount) {
        return new FindingDraft(id, unit, site, account, kind, item, rule, newCount, value, note);
    }

    public FindingDraft withValue(String newValue) {
        return new FindingDraft(id, unit, site, account, kind, item, rule, count, newValue, note);
    }

    public FindingDraft withNote(String newNote) {
        return new FindingDraft(id, unit, site, account, kind, item, rule, count, value, newNote);
    }
}
