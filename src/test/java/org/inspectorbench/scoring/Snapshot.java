package org.inspectorbench.scoring;

/** Everything a unit result says, with numbers normalized (35.00 = 35), as one comparable string. */
final class Snapshot {

    private Snapshot() {
    }

    static String of(UnitResult u) {
        StringBuilder b = new StringBuilder(4096);
        b.append(u.unit()).append('|').append(u.kind()).append('|').append(Points.format(u.total())).append('|')
                .append(u.tier()).append('|').append(Points.format(u.performancePercent())).append('|').append(u.vetoed())
                .append(u.vetoReasons()).append('|').append(Points.format(u.bonusEarned())).append(u.bonusCounted())
                .append(u.bonusNote()).append('\n');
        for (PartResult p : u.parts()) {
            b.append(p.name()).append(' ').append(Points.format(p.score())).append(' ').append(Points.format(p.counted()))
                    .append(' ').append(p.verdict()).append(p.reasons());
            for (SiteResult s : p.sites()) {
                b.append(" [").append(s.site()).append(' ').append(Points.format(s.score())).append(' ').append(s.pass())
                        .append(s.reasons()).append(']');
            }
            b.append('\n');
        }
        for (ItemResult i : u.items()) {
            b.append(i.item()).append('@').append(i.site()).append(' ').append(Points.format(i.score())).append(' ')
                    .append(i.applicable()).append(' ').append(Points.format(i.sum())).append(i.capped()).append(' ')
                    .append(i.explanation()).append('\n');
        }
        return b.toString();
    }
}
