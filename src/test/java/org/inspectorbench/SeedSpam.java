package org.inspectorbench;

import java.util.List;

/**
 * The seed text was copied from a page an SEO spammer rewrote: a spam string stands for 绵阳市
 * (shared/seed/README.md). Product data must never carry it, and neither may this repository, so
 * the check looks for its distinctive pieces instead of spelling it out: any copy contains them all.
 */
public final class SeedSpam {

    private static final List<String> PIECES = List.of("投注盘口", "官网中国官网", "bt365最新网址");

    private SeedSpam() {
    }

    public static boolean isIn(String text) {
        return PIECES.stream().anyMatch(text::contains);
    }
}
