package org.inspectorbench.rubric;

import java.math.BigDecimal;
import java.util.List;

/**
 * A 一级指标. {@code name} is null where the part has no such level (政务公开, 日常工作): its
 * items' paths are then part/item.
 */
public record Section(String name, BigDecimal points, List<Item> items) {
}
