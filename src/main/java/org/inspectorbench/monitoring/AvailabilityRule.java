package org.inspectorbench.monitoring;

import java.math.BigDecimal;

/**
 * The 站点无法访问 veto's numbers, from the rubric (the seed: "监测1周,每天间隔性访问20次以上,超过(含)15秒
 * 网站仍打不开的次数累计占比超过(含)5%"). The share comes from the rubric's VetoCondition threshold;
 * the others are given by the caller (the command line's defaults quote the seed).
 *
 * @param share          the veto holds when (slow + failed) / checks >= share (inclusive)
 * @param slowSeconds    a check taking this long or longer counts as not opened (inclusive)
 * @param minChecksPerDay every day of the week needs at least this many checks ("20次以上" includes 20)
 * @param days           the length of the monitoring period in days (1周 = 7)
 */
public record AvailabilityRule(BigDecimal share, BigDecimal slowSeconds, int minChecksPerDay, int days) {

    public AvailabilityRule {
        if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("share must be in (0, 1]: " + share);
        }
        if (slowSeconds.signum() <= 0 || minChecksPerDay < 1 || days < 1) {
            throw new IllegalArgumentException("slowSeconds, minChecksPerDay and days must be positive");
        }
    }
}
