package org.inspectorbench.ui.session;

import org.inspectorbench.ui.port.FindingRecord;

/** Which input a finding belongs to: one rule (or veto condition) of one website or account. */
public record FindingKey(String item, String rule, boolean veto, String site, String account) {

    public static FindingKey of(FindingRecord f) {
        return new FindingKey(f.item(), f.rule(), f.veto(), f.site(), f.account());
    }

    public FindingRecord newFinding(String id, String unit) {
        return new FindingRecord(id, unit, item, rule, veto, site, account, null, null, null);
    }
}
