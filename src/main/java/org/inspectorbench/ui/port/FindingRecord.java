package org.inspectorbench.ui.port;

/**
 * One stored finding as the workbench edits it.
 *
 * @param id      stable id; null for a finding not yet stored
 * @param item    the item path ("政府网站/信息公开/动态要闻"), or the veto path for a 单项否决
 * @param rule    the rule id ("1", "1a"), or the veto condition id
 * @param veto    true when this records a 单项否决 condition that holds
 * @param site    the website the finding concerns (政府网站 part), else null
 * @param account the new-media account the finding concerns (政务新媒体 part), else null
 * @param count   occurrences for CHECK/COUNT rules
 * @param value   the measurement for MEASURE rules (ISO date, number, or asked/answered interval)
 */
public record FindingRecord(
        String id,
        String unit,
        String item,
        String rule,
        boolean veto,
        String site,
        String account,
        Integer count,
        String value,
        String note) {

    public FindingRecord withId(String newId) {
        return new FindingRecord(newId, unit, item, rule, veto, site, account, count, value, note);
    }

    public FindingRecord withCount(Integer newCount) {
        return new FindingRecord(id, unit, item, rule, veto, site, account, newCount, value, note);
    }

    public FindingRecord withValue(String newValue) {
        return new FindingRecord(id, unit, item, rule, veto, site, account, count, newValue, note);
    }

    public FindingRecord withNote(String newNote) {
        return new FindingRecord(id, unit, item, rule, veto, site, account, count, value, newNote);
    }

    public FindingRecord withAccount(String newAccount) {
        return new FindingRecord(id, unit, item, rule, veto, site, newAccount, count, value, note);
    }
}
