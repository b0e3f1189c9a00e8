package org.inspectorbench.rubric;

import java.util.List;

/**
 * A rubric file that cannot be used, with every problem found in it (not just the first), so that
 * whoever edits the file can fix them all in one pass.
 */
public final class RubricException extends RuntimeException {

    private final List<RubricProblem> problems;

    public RubricException(List<RubricProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<RubricProblem> problems() {
        return problems;
    }

    private static String summary(List<RubricProblem> problems) {
        StringBuilder text = new StringBuilder("评分规则文件有 ").append(problems.size())
                .append(" 处问题 (the rubric file has ").append(problems.size())
                .append(problems.size() == 1 ? " problem):" : " problems):");
        for (RubricProblem problem : problems) {
            text.append("\n  ").append(problem);
        }
        return text.toString();
    }
}
