package org.inspectorbench.ui.history;

import org.inspectorbench.ui.common.I18n;
import org.inspectorbench.ui.port.HistoryEntry;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HistoryTextTest {

    private static final I18n ZH = new I18n(I18n.CHINESE);
    private static final I18n EN = new I18n(I18n.ENGLISH);

    private static HistoryEntry entry(String action, String label, HistoryEntry.Change c) {
        return new HistoryEntry(1, Instant.EPOCH, "张三", action, label, c);
    }

    @Test
    void aWebsiteRuleNamesItsSite() {
        HistoryEntry e = entry("do", "记录 x", new HistoryEntry.Change(HistoryEntry.Kind.CHANGED,
                "政府网站/功能设计/可用性", "1", false, "涪城区人民政府", null, "0", "2", null));
        assertEquals("修改 政府网站/功能设计/可用性 规则1 (涪城区人民政府): 0 → 2", HistoryText.of(e, ZH));
        assertEquals("Changed 政府网站/功能设计/可用性 rule 1 (涪城区人民政府): 0 → 2", HistoryText.of(e, EN));
    }

    /** An imported change says whose bundle brought it (the label of bundle.BundleImport). */
    @Test
    void aChangeABundleBroughtNamesItsInspector() {
        HistoryEntry.Change c = new HistoryEntry.Change(HistoryEntry.Kind.CHANGED,
                "政府网站/功能设计/可用性", "1", false, "涪城区人民政府", null, "0", "2", null);
        HistoryEntry one = entry("do", "导入数据包 import bundle 5f1c2a (张三)", c);
        assertEquals("修改 政府网站/功能设计/可用性 规则1 (涪城区人民政府): 0 → 2 · 来自张三的数据包", HistoryText.of(one, ZH));
        assertEquals("Changed 政府网站/功能设计/可用性 rule 1 (涪城区人民政府): 0 → 2 · from 张三's bundle", HistoryText.of(one, EN));
        HistoryEntry two = entry("do", "导入数据包 import 2 bundle(s): 5f1c2a (张三), 77ab01 (李四)", c);
        assertEquals("修改 政府网站/功能设计/可用性 规则1 (涪城区人民政府): 0 → 2 · 来自张三、李四的数据包", HistoryText.of(two, ZH));
        HistoryEntry own = entry("do", "记录 政府网站/功能设计/可用性", c);
        assertEquals("修改 政府网站/功能设计/可用性 规则1 (涪城区人民政府): 0 → 2", HistoryText.of(own, ZH));
    }

    @Test
    void measuredValuesAndVetoes() {
        HistoryEntry date = entry("do", "", new HistoryEntry.Change(HistoryEntry.Kind.ADDED,
                "政府网站/信息公开/动态要闻", "2", false, null, null, null, "2022-10-01", null));
        assertEquals("记录 政府网站/信息公开/动态要闻 规则2: — → 2022-10-01", HistoryText.of(date, ZH));
        HistoryEntry veto = entry("redo", "", new HistoryEntry.Change(HistoryEntry.Kind.ADDED,
                "政府网站/栏目不更新", "a", true, null, null, null, "1", null));
        assertEquals("重做: 认定单项否决 政府网站/栏目不更新 条件a", HistoryText.of(veto, ZH));
        assertEquals("Redone: Veto holds: 政府网站/栏目不更新 condition a", HistoryText.of(veto, EN));
    }

    @Test
    void otherActionsShowTheStoresLabelWithTheViewsOwnUndoWord() {
        assertEquals("附加证据 2 张 (涪城区)", HistoryText.of(entry("do", "附加证据 2 张 (涪城区)", null), ZH));
        assertEquals("Undone: 附加证据 2 张 (涪城区)",
                HistoryText.of(entry("undo", "撤销 undo: 附加证据 2 张 (涪城区)", null), EN));
    }
}
