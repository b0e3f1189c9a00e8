package org.inspectorbench.scoring;

/** The words of a verdict (the rubric's "评定为不合格"). */
public final class Verdicts {

    public static final String PASS = "合格";
    public static final String FAIL = "不合格";

    private Verdicts() {
    }
}
