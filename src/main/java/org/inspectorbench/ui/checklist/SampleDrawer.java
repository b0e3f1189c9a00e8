package org.inspectorbench.ui.checklist;

import org.inspectorbench.rubric.Sample;
import org.inspectorbench.ui.session.FindingKey;

import java.util.function.Consumer;

/** The "draw sample" button of a 随机抽查 rule: candidates in, sample out, seed recorded. */
public interface SampleDrawer {

    /** Asks for the candidates, draws, and reports the drawn items as text. */
    void draw(FindingKey rule, Sample sample, Consumer<String> result);

    /** Reports the rule's last recorded draw, if any. */
    void showLast(FindingKey rule, Consumer<String> result);
}
