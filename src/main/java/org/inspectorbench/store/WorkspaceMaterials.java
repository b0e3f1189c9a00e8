package org.inspectorbench.store;

import org.inspectorbench.evidence.EvidenceImage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.inspectorbench.store.WorkspaceException.Reason;

/**
 * The evidence materials (佐证材料) side of a {@link Workspace}: the campaign's list, what each unit
 * sent and when, judged against the campaign's evidence deadline. Recording a receipt is one user
 * action in the history (not undoable: the office corrects a date by recording it again).
 */
public final class WorkspaceMaterials {

    private final Workspace ws;

    private WorkspaceMaterials(Workspace ws) {
        this.ws = ws;
    }

    public static WorkspaceMaterials of(Workspace ws) {
        return new WorkspaceMaterials(ws);
    }

    /**
     * The list frozen in the workspace; before the first receipt, the list the program ships for
     * the campaign; an empty list when there is neither.
     */
    public MaterialCatalog catalog() {
        String campaign = ws.campaign().id();
        return ws.db().read(MaterialRows::catalogJson)
                .map(json -> MaterialCatalog.parse(json, "stored in the workspace"))
                .or(() -> MaterialCatalog.bundled(campaign))
                .orElseGet(() -> MaterialCatalog.empty(campaign));
    }

    /** Every unit's materials, units in campaign order, materials in list order. */
    public Map<String, List<MaterialStatus>> all() {
        return statuses(null);
    }

    public List<MaterialStatus> of(String unit) {
        requireUnit(unit);
        return statuses(unit).getOrDefault(unit, List.of());
    }

    private Map<String, List<MaterialStatus>> statuses(String onlyUnit) {
        MaterialCatalog catalog = catalog();
        LocalDate deadline = ws.campaign().evidenceDeadline();
        record Stored(List<MaterialRows.Receipt> receipts, Map<String, List<MaterialFile>> files) {
        }
        Stored stored = ws.db().read(c -> new Stored(MaterialRows.receipts(c, onlyUnit), MaterialRows.files(c, onlyUnit)));
        Map<String, MaterialRows.Receipt> byKey = new LinkedHashMap<>();
        stored.receipts().forEach(r -> byKey.put(r.unit() + "\n" + r.material(), r));
        Map<String, List<MaterialStatus>> out = new LinkedHashMap<>();
        for (Unit u : ws.units()) {
            if (onlyUnit != null && !onlyUnit.equals(u.name())) {
                continue;
            }
            List<MaterialStatus> list = new ArrayList<>(catalog.materials().size());
            for (Material m : catalog.materials()) {
                String key = u.name() + "\n" + m.number();
                MaterialRows.Receipt r = byKey.get(key);
                LocalDate on = r == null ? null : r.receivedOn();
                list.add(new MaterialStatus(u.name(), m, MaterialStatus.stateOf(m.appliesTo(u.kind(), u.tags()), on, deadline),
                        on, stored.files().getOrDefault(key, List.of()), r == null ? null : r.note()));
            }
            out.put(u.name(), List.copyOf(list));
        }
        return out;
    }

    /**
     * Records that {@code unit} sent material {@code number} on {@code receivedOn}, with its files
     * (any format; read before anything is written, so a missing file changes nothing). Recording
     * again corrects the date and adds further files. Returns the material's new status.
     */
    public MaterialStatus receive(String unit, int number, LocalDate receivedOn, List<Path> files, String note) {
        Unit u = requireUnit(unit);
        MaterialCatalog catalog = catalog();
        Material m = catalog.material(number).orElseThrow(() -> new WorkspaceException(Reason.INVALID_INPUT,
                "no material " + number + " in the list “" + catalog.title() + "” (numbers "
                        + catalog.materials().stream().map(x -> String.valueOf(x.number())).reduce((a, b) -> a + ", " + b)
                        .orElse("none") + "); see `inspector materials list`"));
        if (receivedOn == null) {
            throw new WorkspaceException(Reason.INVALID_INPUT, "a receipt needs the date the material arrived");
        }
        List<byte[]> contents = new ArrayList<>();
        for (Path f : files) {
            contents.add(read(f));
        }
        String catalogJson = ws.db().read(MaterialRows::catalogJson).isPresent() ? null : Jsons.write(catalog);
        ws.act("收到佐证材料 #" + number + " (" + unit + ")", a -> {
            long unitId = CampaignRows.unitId(a.c, unit).orElseThrow();
            if (catalogJson != null) {
                MaterialRows.storeCatalog(a.c, catalogJson,
                        EvidenceImage.sha256(catalogJson.getBytes(StandardCharsets.UTF_8)), a.at);
            }
            String before = Jsons.write(MaterialRows.receipts(a.c, unit).stream()
                    .filter(r -> r.material() == number).findFirst().orElse(null));
            MaterialRows.putReceipt(a.c, unitId, number, receivedOn, note, a.author, a.at);
            for (int i = 0; i < files.size(); i++) {
                byte[] bytes = contents.get(i);
                MaterialRows.addFile(a.c, unitId, number, files.get(i).getFileName().toString(),
                        EvidenceImage.sha256(bytes), bytes, a.author, a.at);
            }
            a.log("material_receipt", unit + "#" + number, unitId, before,
                    Jsons.write(new MaterialRows.Receipt(unit, number, receivedOn, note)));
            return null;
        });
        return of(u.name()).stream().filter(s -> s.material().number() == m.number()).findFirst().orElseThrow();
    }

    /** A received file's bytes, exactly as recorded. */
    public byte[] file(String sha256) {
        return ws.db().read(c -> MaterialRows.bytes(c, sha256)).orElseThrow(() -> new WorkspaceException(
                Reason.NOT_FOUND, "no material file " + sha256 + " in this workspace"));
    }

    private Unit requireUnit(String unit) {
        return ws.unit(unit).orElseThrow(() -> new WorkspaceException(Reason.NOT_FOUND,
                "no unit “" + unit + "” in this workspace (did you mean "
                        + String.join(", ", org.inspectorbench.rubric.RubricIndex.closest(unit,
                        ws.units().stream().map(Unit::name).toList(), 3)) + "?)"));
    }

    private static byte[] read(Path f) {
        try {
            return Files.readAllBytes(f);
        } catch (NoSuchFileException e) {
            throw new WorkspaceException(Reason.NOT_FOUND, "材料文件不存在 (the file " + f + " does not exist); nothing was recorded");
        } catch (IOException e) {
            throw new WorkspaceException(Reason.IO, "无法读取材料文件 (cannot read " + f + "): " + e.getMessage()
                    + "; nothing was recorded");
        }
    }
}
