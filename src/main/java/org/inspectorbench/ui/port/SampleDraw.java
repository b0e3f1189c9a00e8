package org.inspectorbench.ui.port;

import java.util.List;

/** A 随机抽查 draw: the candidates the inspector listed, the recorded seed and what was drawn. */
public record SampleDraw(List<String> candidates, long seed, List<String> drawn) {
}
