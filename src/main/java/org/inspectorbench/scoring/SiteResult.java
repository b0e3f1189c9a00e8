package org.inspectorbench.scoring;

import java.math.BigDecimal;
import java.util.List;

/** One website's score in a per-website part, with its own verdict and the reasons for it. */
public record SiteResult(String site, BigDecimal score, boolean pass, List<String> reasons) {
}
