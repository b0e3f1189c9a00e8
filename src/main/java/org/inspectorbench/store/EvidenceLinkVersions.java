package org.inspectorbench.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** Evidence attachments as versioned records. */
final class EvidenceLinkVersions extends Versioned<EvidenceLink> {

    static final EvidenceLinkVersions INSTANCE = new EvidenceLinkVersions();

    @Override
    String entity() {
        return "evidence_link";
    }

    @Override
    Class<EvidenceLink> type() {
        return EvidenceLink.class;
    }

    @Override
    String id(EvidenceLink l) {
        return l.id();
    }

    @Override
    Revision revision(EvidenceLink l) {
        return l.revision();
    }

    @Override
    boolean sameContent(EvidenceLink a, EvidenceLink b) {
        return a.position() == b.position() && a.deleted() == b.deleted();
    }

    @Override
    String json(EvidenceLink state) {
        return Jsons.link(state);
    }

    @Override
    Optional<EvidenceLink> load(Connection c, String id) throws SQLException {
        int slash = id.lastIndexOf('/');
        return EvidenceRows.link(c, id.substring(0, slash), id.substring(slash + 1));
    }

    @Override
    Long unitId(Connection c, EvidenceLink l) throws SQLException {
        return FindingRows.unitIdOf(c, l.findingId());
    }

    @Override
    Long unitId(Action a, EvidenceLink l) throws SQLException {
        return a.ids().unitOfFinding(l.findingId());
    }

    @Override
    void store(Connection c, EvidenceLink l) throws SQLException {
        EvidenceRows.writeLink(c, l);
    }

    @Override
    EvidenceLink restored(EvidenceLink current, EvidenceLink target, Action a) {
        EvidenceLink t = target == null ? current : target;
        return new EvidenceLink(current.findingId(), current.sha256(), t.position(), a.author, a.at,
                a.newRevision(), current.revision(), target == null || target.deleted());
    }

    /** Attaches (or re-attaches a detached) image; an image already attached is left as it is. */
    EvidenceLink attach(Action a, String findingId, String sha256) throws SQLException {
        EvidenceLink current = EvidenceRows.link(a.c, findingId, sha256).orElse(null);
        if (current != null && !current.deleted()) {
            return current;
        }
        int position = current != null ? current.position() : EvidenceRows.nextPosition(a.c, findingId);
        return save(a, current, new EvidenceLink(findingId, sha256, position, a.author, a.at, a.newRevision(),
                current == null ? null : current.revision(), false));
    }

    /**
     * {@link #attach} for a finding that this action created and that has no link to this image
     * yet: the caller knows the position (its n-th image), so nothing needs looking up.
     */
    EvidenceLink attachToNew(Action a, String findingId, String sha256, int position) throws SQLException {
        return save(a, null, new EvidenceLink(findingId, sha256, position, a.author, a.at, a.newRevision(), null, false));
    }

    EvidenceLink detach(Action a, EvidenceLink current) throws SQLException {
        return save(a, current, new EvidenceLink(current.findingId(), current.sha256(), current.position(), a.author,
                a.at, a.newRevision(), current.revision(), true));
    }
}
