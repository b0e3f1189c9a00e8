package org.inspectorbench.rubric;

/**
 * A 随机抽查 clause: draw {@code size} of the {@code of} the inspector lists ("政策文件",
 * "办事指南" ...); with fewer candidates, all are checked ("不足N个的则检查全部").
 */
public record Sample(int size, String of) {
}
