package org.inspectorbench.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** Findings as versioned records. */
final class FindingVersions extends Versioned<Finding> {

    static final FindingVersions INSTANCE = new FindingVersions();

    @Override
    String entity() {
        return "finding";
    }

    @Override
    Class<Finding> type() {
        return Finding.class;
    }

    @Override
    String id(Finding f) {
        return f.id();
    }

    @Override
    Revision revision(Finding f) {
        return f.revision();
    }

    @Override
    boolean sameContent(Finding a, Finding b) {
        return a.sameContent(b);
    }

    @Override
    String json(Finding state) {
        return Jsons.finding(state);
    }

    @Override
    Optional<Finding> load(Connection c, String id) throws SQLException {
        return FindingRows.get(c, id);
    }

    @Override
    Long unitId(Connection c, Finding f) throws SQLException {
        return CampaignRows.unitId(c, f.unit()).orElse(null);
    }

    @Override
    Long unitId(Action a, Finding f) throws SQLException {
        return a.ids().unit(f.unit()).orElse(null);
    }

    @Override
    void store(Connection c, Finding f) throws SQLException {
        FindingRows.write(c, f);
    }

    @Override
    void store(Action a, Finding f) throws SQLException {
        FindingRows.write(a.c, f, a.ids());
    }

    @Override
    Finding restored(Finding current, Finding target, Action a) {
        Finding t = target == null ? current : target;
        return new Finding(current.id(), t.unit(), t.site(), t.account(), t.kind(), t.item(), t.rule(), t.count(),
                t.value(), t.note(), a.author, current.createdAt(), a.at, a.newRevision(), current.revision(),
                target == null || target.deleted());
    }

    /** A new finding or a new version of a stored one, from a checked draft. */
    Finding put(Action a, Finding current, FindingDraft d) throws SQLException {
        Finding next = new Finding(d.id(), d.unit(), d.site(), d.account(), d.kind(), d.item(), d.rule(), d.count(),
                d.value(), d.note(), a.author, current == null ? a.at : current.createdAt(), a.at, a.newRevision(),
                current == null ? null : current.revision(), false);
        return save(a, current, next);
    }

    Finding delete(Action a, Finding current) throws SQLException {
        Finding tomb = new Finding(current.id(), current.unit(), current.site(), current.account(), current.kind(),
                current.item(), current.rule(), current.count(), current.value(), current.note(), a.author,
                current.createdAt(), a.at, a.newRevision(), current.revision(), true);
        return save(a, current, tomb);
    }
}
