package org.inspectorbench.ui.session;

import org.inspectorbench.ui.port.CampaignInfo;
import org.inspectorbench.ui.port.FindingRecord;
import org.inspectorbench.ui.port.ScoreSnapshot;
import org.inspectorbench.ui.port.UnitInfo;
import org.inspectorbench.ui.port.UnitScorer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The findings of the unit being edited, held in memory so that every keystroke rescores at once;
 * each edit returns the store operation that makes it durable (run by the caller off the FX thread).
 * Ids are made here, not by the store, so that an edit queued behind a pending create can name it.
 */
public final class UnitSession {

    /** What to write for an edit: a put of {@code finding}, or a delete of {@code deletedId}. */
    public record Write(FindingRecord finding, String deletedId) {
    }

    private final UnitInfo unit;
    private final UnitScorer.Live live;
    private final Supplier<String> ids;
    private final Map<FindingKey, FindingRecord> findings = new LinkedHashMap<>();
    private ScoreSnapshot score;
    private ScoreSnapshot previous;

    public UnitSession(CampaignInfo campaign, UnitInfo unit, UnitScorer scorer, Collection<FindingRecord> stored) {
        this(campaign, unit, scorer, stored, () -> UUID.randomUUID().toString());
    }

    UnitSession(CampaignInfo campaign, UnitInfo unit, UnitScorer scorer, Collection<FindingRecord> stored,
                Supplier<String> ids) {
        this.unit = unit;
        this.ids = ids;
        for (FindingRecord f : stored) {
            findings.put(FindingKey.of(f), f);
        }
        live = scorer.open(campaign, unit, list());
        score = live.score();
    }

    public UnitInfo unit() {
        return unit;
    }

    public ScoreSnapshot score() {
        return score;
    }

    /** The score before the last edit (null before the first). */
    public ScoreSnapshot previous() {
        return previous;
    }

    public Optional<FindingRecord> finding(FindingKey key) {
        return Optional.ofNullable(findings.get(key));
    }

    public List<FindingRecord> list() {
        return new ArrayList<>(findings.values());
    }

    /** Yes/no rule or veto condition: holds -> a finding with count 1; not -> no finding. */
    public Optional<Write> setHolds(FindingKey key, boolean holds) {
        return setCount(key, holds ? 1 : 0);
    }

    /** Counted rule: 0 removes the finding. Negative counts are refused by the view model. */
    public Optional<Write> setCount(FindingKey key, int count) {
        FindingRecord old = findings.get(key);
        if (count <= 0) {
            return remove(key, old);
        }
        if (old != null && old.count() != null && old.count() == count) {
            return Optional.empty();
        }
        FindingRecord now = (old == null ? key.newFinding(ids.get(), unit.name()) : old).withCount(count);
        return put(key, now);
    }

    /** Measured rule: a blank value removes the finding. */
    public Optional<Write> setValue(FindingKey key, String value) {
        FindingRecord old = findings.get(key);
        if (value == null || value.isBlank()) {
            return remove(key, old);
        }
        if (old != null && value.equals(old.value())) {
            return Optional.empty();
        }
        FindingRecord now = (old == null ? key.newFinding(ids.get(), unit.name()) : old).withValue(value);
        return put(key, now);
    }

    /** A note belongs to an existing finding; there is nothing to annotate otherwise. */
    public Optional<Write> setNote(FindingKey key, String note) {
        FindingRecord old = findings.get(key);
        String clean = note == null || note.isBlank() ? null : note;
        if (old == null || java.util.Objects.equals(old.note(), clean)) {
            return Optional.empty();
        }
        findings.put(key, old.withNote(clean));
        return Optional.of(new Write(old.withNote(clean), null));
    }

    private Optional<Write> put(FindingKey key, FindingRecord now) {
        findings.put(key, now);
        previous = score;
        score = live.put(now);
        return Optional.of(new Write(now, null));
    }

    private Optional<Write> remove(FindingKey key, FindingRecord old) {
        if (old == null) {
            return Optional.empty();
        }
        findings.remove(key);
        previous = score;
        score = live.remove(old);
        return Optional.of(new Write(null, old.id()));
    }
}
