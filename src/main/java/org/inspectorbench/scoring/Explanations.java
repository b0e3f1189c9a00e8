package org.inspectorbench.scoring;


import java.math.BigDecimal;
import java.util.List;

/**
 * The Chinese explanation of an item's score: which rules fired with what count or value and for
 * how many points, the caps applied, why an item is 不适用, and the product's reading of a rule
 * where the text is ambiguous (rubric-notes.md: the reading is shown to the user).
 */
final class Explanations {

    private Explanations() {
    }

    static String untouched(ItemPlan item) {
        return item.bonus
                ? "无加分记录, 得 0 分。"
                : "未发现扣分情形, 得满分 " + item.maxText + " 分。";
    }

    static String notApplicable(ItemPlan item, String reason, int ignored) {
        StringBuilder text = new StringBuilder("不适用");
        if (reason != null && !reason.isBlank()) {
            text.append(": ").append(trimEnd(reason.trim()));
        }
        text.append("; 按满分 ").append(item.maxText).append(" 分计");
        if (ignored > 0) {
            text.append("; 已忽略 ").append(ignored).append(" 条记录");
        }
        return text.append('。').toString();
    }

    static String scored(ItemPlan item, List<RuleOutcome> outcomes, BigDecimal sum, boolean capped, BigDecimal score) {
        String verb = item.bonus ? "得" : "扣";
        StringBuilder text = new StringBuilder(160);
        for (RuleOutcome o : outcomes) {
            rule(text, item.planOf(o.rule()), o, verb);
            text.append("; ");
        }
        if (sum.signum() == 0) {
            text.append(item.bonus ? "未得分, 得 0 分。" : "未扣分, 得满分 " + item.maxText + " 分。");
            return text.toString();
        }
        if (outcomes.size() == 1 && !capped) {
            // One rule: its line already says how much; only the item's score is left to say.
            return text.append("得 ").append(Points.format(score)).append(" 分。").toString();
        }
        text.append("共").append(verb).append(' ').append(Points.format(sum)).append(" 分");
        if (capped) {
            text.append(", 超过分值 ").append(item.maxText).append(" 分, ")
                    .append(item.bonus ? "按分值计" : "扣完为止");
        }
        return text.append(", 得 ").append(Points.format(score)).append(" 分。").toString();
    }

    /** New-media findings name their account: "(账号: 绵阳发布 微信、绵阳发布 微博)". */
    private static void accounts(StringBuilder text, List<FindingContribution> fs) {
        String first = null;
        java.util.Set<String> more = null;
        for (FindingContribution f : fs) {
            if (Points.blank(f.account())) {
                continue;
            }
            if (first == null) {
                first = f.account();
            } else if (!first.equals(f.account())) {
                if (more == null) {
                    more = new java.util.LinkedHashSet<>();
                }
                more.add(f.account());
            }
        }
        if (first != null) {
            text.append("(账号: ").append(first);
            if (more != null) {
                for (String a : more) {
                    text.append('、').append(a);
                }
            }
            text.append(')');
        }
    }

    private static String trimEnd(String s) {
        int end = s.length();
        while (end > 0 && "。;；,，.".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }

    /** The detail of a finding on a rule that does not concern the unit. */
    static final String NOT_FOR_UNIT = "不适用于本单位";

    private static void rule(StringBuilder text, RulePlan plan, RuleOutcome o, String verb) {
        text.append(plan.prefix);
        List<FindingContribution> fs = o.findings();
        boolean notForUnit = !fs.isEmpty()
                && fs.stream().allMatch(f -> f.detail() != null && f.detail().startsWith(NOT_FOR_UNIT));
        // A rule that concerns only some units (FindingChecker) says so rather than "未发生".
        if (notForUnit) {
            text.append(fs.get(0).detail());
        } else {
            describe(text, plan, o);
        }
        accounts(text, fs);
        if (o.capped()) {
            text.append(", 合计 ").append(Points.format(o.sum())).append(" 分, 本条最多").append(verb).append(' ')
                    .append(plan.capText);
        }
        text.append(" → ").append(verb).append(' ').append(Points.format(o.counted())).append(" 分").append(plan.readingText);
    }

    private static void describe(StringBuilder text, RulePlan plan, RuleOutcome o) {
        List<FindingContribution> fs = o.findings();
        switch (plan.rule.kind()) {
            case CHECK -> {
                boolean happened = o.sum().signum() > 0;
                text.append(happened ? "存在此情形" : "未发生");
                if (happened && fs.size() > 1) {
                    text.append("(").append(fs.size()).append(" 条记录, 只计一次)");
                }
            }
            case COUNT -> {
                int count = 0;
                for (FindingContribution f : fs) {
                    count += f.count();
                }
                text.append(count).append(plan.perOccurrence);
            }
            case MEASURE -> {
                for (int i = 0; i < fs.size(); i++) {
                    FindingContribution f = fs.get(i);
                    if (i > 0) {
                        text.append("; ");
                    }
                    text.append(f.detail()).append(" (").append(Points.format(f.points())).append(" 分)");
                }
            }
        }
    }
}
