package org.inspectorbench.monitoring;

/** The 10 key element kinds of a service guide (办事指南重点要素类别) the 服务不实用 veto names, in its order. */
public enum GuideElement {
    NAME("事项名称"),
    LEGAL_BASIS("设定依据"),
    CONDITIONS("申请条件"),
    MATERIALS("办理材料"),
    PLACE("办理地点"),
    AGENCY("办理机构"),
    FEES("收费标准"),
    HOURS("办理时间"),
    PHONE("联系电话"),
    PROCEDURE("办理流程");

    private final String label;

    GuideElement(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The element for its Chinese label or English name, or null. */
    public static GuideElement parse(String text) {
        String t = text.strip();
        for (GuideElement e : values()) {
            if (e.label.equals(t) || e.name().equalsIgnoreCase(t)) {
                return e;
            }
        }
        return null;
    }
}
