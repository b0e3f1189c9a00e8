package org.inspectorbench.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builders for findings in tests. */
final class Findings {

    static final LocalDate MONITORING = LocalDate.of(2022, 11, 25);

    private Findings() {
    }

    static FindingInput c(String item, String rule, Integer count) {
        return new FindingInput(null, item, rule, count, null, null, null, null);
    }

    static FindingInput c(String item, String rule) {
        return c(item, rule, null);
    }

    static FindingInput v(String item, String rule, String value) {
        return new FindingInput(null, item, rule, null, value, null, null, null);
    }

    static FindingInput withId(String id, FindingInput f) {
        return new FindingInput(id, f.item(), f.rule(), f.count(), f.value(), f.note(), f.account(), f.evidence());
    }

    static VetoInput veto(String path) {
        return new VetoInput(path, null, null);
    }

    /** A mutable unit under construction. */
    static final class Unit {
        final String name;
        final String kind;
        final List<String> tags = new ArrayList<>();
        final List<FindingInput> findings = new ArrayList<>();
        final List<WebsiteFindings> websites = new ArrayList<>();
        final List<FindingInput> newMedia = new ArrayList<>();
        final List<VetoInput> newMediaVetoes = new ArrayList<>();

        Unit(String name, String kind) {
            this.name = name;
            this.kind = kind;
        }

        Unit unit(FindingInput... fs) {
            findings.addAll(List.of(fs));
            return this;
        }

        Unit site(String site, List<VetoInput> vetoes, FindingInput... fs) {
            websites.add(new WebsiteFindings(site, List.of(fs), vetoes));
            return this;
        }

        Unit site(String site, FindingInput... fs) {
            return site(site, List.of(), fs);
        }

        Unit media(FindingInput... fs) {
            newMedia.addAll(List.of(fs));
            return this;
        }

        Unit mediaVeto(String path) {
            newMediaVetoes.add(veto(path));
            return this;
        }

        Unit tag(String tag) {
            tags.add(tag);
            return this;
        }

        UnitFindings build() {
            return new UnitFindings(name, kind, List.copyOf(tags), List.copyOf(findings),
                    websites.isEmpty() ? null : List.copyOf(websites),
                    new NewMediaFindings(List.copyOf(newMedia), List.copyOf(newMediaVetoes)));
        }

        FindingsInput input() {
            return new FindingsInput(MONITORING, List.of(build()));
        }
    }

    static Unit county(String name) {
        return new Unit(name, "县市区");
    }

    static Unit department(String name) {
        return new Unit(name, "市级部门");
    }
}
