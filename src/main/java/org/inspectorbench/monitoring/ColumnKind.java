package org.inspectorbench.monitoring;

/** The column kinds the 栏目不更新 veto distinguishes. */
public enum ColumnKind {
    /** 动态、要闻类: must have an update within the last 2 weeks. */
    DYNAMIC_NEWS("动态要闻类"),
    /** 通知公告类: a first-level column must have an update within 6 months. */
    NOTICE("通知公告类"),
    /** 政策文件类: a first-level column must have an update within 6 months. */
    POLICY_DOCUMENT("政策文件类"),
    OTHER("其他");

    private final String label;

    ColumnKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The kind for its Chinese label or its English name (as typed in a CSV), or null. */
    public static ColumnKind parse(String text) {
        String t = text.strip();
        for (ColumnKind k : values()) {
            if (k.label.equals(t) || k.name().equalsIgnoreCase(t) || k.label.replace("类", "").equals(t)) {
                return k;
            }
        }
        return null;
    }
}
