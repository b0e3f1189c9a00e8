package org.inspectorbench.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.inspectorbench.store.WorkspaceException.Reason;

/**
 * Inspection progress of a {@link Workspace}: per unit whether it is started, in progress or
 * declared complete, with the findings that still lack evidence. Declaring complete (and taking
 * it back) is one action in the history.
 */
public final class WorkspaceProgress {

    private final Workspace ws;

    private WorkspaceProgress(Workspace ws) {
        this.ws = ws;
    }

    public static WorkspaceProgress of(Workspace ws) {
        return new WorkspaceProgress(ws);
    }

    /** Every unit, in campaign order. */
    public List<UnitProgress> units() {
        record Read(Map<String, ProgressRows.Counts> counts, Map<String, ProgressRows.Completion> done) {
        }
        Read read = ws.db().read(c -> new Read(ProgressRows.counts(c), ProgressRows.completions(c)));
        List<UnitProgress> out = new ArrayList<>();
        for (Unit u : ws.units()) {
            ProgressRows.Counts n = read.counts().getOrDefault(u.name(), new ProgressRows.Counts(0, 0));
            ProgressRows.Completion done = read.done().get(u.name());
            UnitProgress.State state = done != null ? UnitProgress.State.DONE
                    : n.findings() > 0 ? UnitProgress.State.IN_PROGRESS : UnitProgress.State.NOT_STARTED;
            out.add(new UnitProgress(u.name(), u.kind(), u.inspectors(), state, n.findings(), n.withoutEvidence(),
                    done == null ? null : done.by(), done == null ? null : done.at()));
        }
        return out;
    }

    /** Declares the unit's inspection complete; false when it already was. */
    public boolean complete(String unit) {
        long id = unitId(unit);
        return ws.act("检查完成 " + unit, a -> {
            boolean changed = ProgressRows.complete(a.c, id, a.author, a.at);
            if (changed) {
                a.log("unit_completion", unit, id, null, Jsons.write(Map.of("unit", unit, "by", a.author)));
            }
            return changed;
        });
    }

    /** Takes a completion back (more findings to record); false when the unit was not complete. */
    public boolean reopen(String unit) {
        long id = unitId(unit);
        return ws.act("重新打开 " + unit, a -> {
            boolean changed = ProgressRows.reopen(a.c, id);
            if (changed) {
                a.log("unit_completion", unit, id, Jsons.write(Map.of("unit", unit)), null);
            }
            return changed;
        });
    }

    private long unitId(String unit) {
        if (ws.unit(unit).isEmpty()) {
            throw new WorkspaceException(Reason.NOT_FOUND, "no unit “" + unit + "” in this workspace");
        }
        return ws.db().read(c -> CampaignRows.unitId(c, unit)).orElseThrow();
    }
}
