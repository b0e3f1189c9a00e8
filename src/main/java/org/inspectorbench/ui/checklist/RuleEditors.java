package org.inspectorbench.ui.checklist;

import org.inspectorbench.ui.WorkbenchViewModel;
import org.inspectorbench.ui.common.I18n;
import org.inspectorbench.ui.session.FindingKey;

import java.math.BigDecimal;
import java.util.function.Consumer;

/** What every rule row needs: the view model, the texts, where focus goes, the sample drawer. */
final class RuleEditors {

    final WorkbenchViewModel vm;
    final I18n i18n;
    final Consumer<FindingKey> focused;
    final SampleDrawer sampler;

    RuleEditors(WorkbenchViewModel vm, I18n i18n, Consumer<FindingKey> focused, SampleDrawer sampler) {
        this.vm = vm;
        this.i18n = i18n;
        this.focused = focused;
        this.sampler = sampler;
    }

    RuleRow row(ChecklistNode.RuleNode node) {
        return new RuleRow(this, node);
    }

    static String plain(BigDecimal d) {
        return d == null ? "" : d.stripTrailingZeros().toPlainString();
    }
}
