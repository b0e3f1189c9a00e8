package org.inspectorbench.monitoring;

import org.inspectorbench.scoring.VetoInput;

import java.util.List;

/**
 * What the program proposes for one 单项否决 from recorded data: the inspector confirms it (the
 * veto then becomes a finding) or not. The evidence text states the figures and the list behind it.
 *
 * @param veto       the veto's path, e.g. "政府网站/栏目不更新"
 * @param holds      true when at least one condition holds
 * @param conditions the ids of the rubric's numbered conditions that hold ("1", "2" ...)
 * @param evidence   a Chinese summary with the figures, for the scorecard and the inspector
 */
public record VetoProposal(String veto, boolean holds, List<String> conditions, String evidence) {

    public VetoProposal {
        conditions = List.copyOf(conditions);
    }

    /** The findings-contract form of a holding proposal (one entry per condition); empty when it does not hold. */
    public List<VetoInput> asVetoInputs() {
        if (!holds) {
            return List.of();
        }
        return conditions.stream().map(c -> new VetoInput(veto, c, evidence)).toList();
    }
}
