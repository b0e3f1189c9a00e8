package org.inspectorbench.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.inspectorbench.json.Json;
import org.inspectorbench.store.Account;
import org.inspectorbench.store.BundleTx;
import org.inspectorbench.store.CampaignFile;
import org.inspectorbench.store.Unit;
import org.inspectorbench.store.UnitsFile;
import org.inspectorbench.store.Website;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * campaign/*.json of an office bundle: the campaign file, the frozen rubric (exact bytes, so its
 * hash is the campaign's) and the units with websites, as the office has them now. Assignments are
 * not here: they travel as versioned records (records/assignments.jsonl).
 */
final class CampaignFiles {

    /** What an office bundle's campaign files add to a workspace's lists. */
    record Parsed(CampaignFile campaign, UnitsFile units, byte[] rubric) {

        Set<String> inspectorIds() {
            Set<String> out = new HashSet<>();
            if (campaign.inspectors() != null) {
                campaign.inspectors().forEach(i -> out.add(i.id()));
            }
            return out;
        }

        Set<String> unitNames() {
            Set<String> out = new HashSet<>();
            units.units().forEach(u -> out.add(u.name()));
            return out;
        }

        Set<String> websites() {
            Set<String> out = new HashSet<>();
            units.units().forEach(u -> (u.websites() == null ? List.<UnitsFile.WebsiteEntry>of() : u.websites())
                    .forEach(w -> out.add(u.name() + "\n" + w.name())));
            return out;
        }

        Set<String> accounts() {
            Set<String> out = new HashSet<>();
            if (campaign.newMedia() != null && campaign.newMedia().accounts() != null) {
                campaign.newMedia().accounts().forEach(a -> out.add(a.unit() + "\n" + a.name()));
            }
            return out;
        }
    }

    private CampaignFiles() {
    }

    static Map<String, byte[]> build(BundleTx tx) throws SQLException {
        CampaignFile source = read(tx.campaignSourceJson().getBytes(StandardCharsets.UTF_8), CampaignFile.class);
        List<Unit> units = tx.units();
        List<UnitsFile.UnitEntry> unitEntries = new ArrayList<>();
        List<CampaignFile.AccountEntry> accounts = new ArrayList<>();
        boolean sample = source.newMedia() != null && source.newMedia().sample();
        for (Unit u : units) {
            List<UnitsFile.WebsiteEntry> sites = new ArrayList<>();
            for (Website w : u.websites()) {
                sites.add(new UnitsFile.WebsiteEntry(w.name(), w.url()));
            }
            unitEntries.add(new UnitsFile.UnitEntry(u.name(), u.kind(), u.tags(), sites));
            for (Account a : u.accounts()) {
                accounts.add(new CampaignFile.AccountEntry(u.name(), a.name(), a.platform()));
                sample |= a.sample();
            }
        }
        List<CampaignFile.InspectorEntry> inspectors = tx.inspectors().stream()
                .map(i -> new CampaignFile.InspectorEntry(i.id(), i.name())).toList();
        CampaignFile campaign = new CampaignFile(source.id(), source.name(), source.note(), "rubric.json", "units.json",
                source.monitoringDate(), source.evidenceDeadline(), inspectors, List.of(),
                new CampaignFile.NewMediaList(sample, source.newMedia() == null ? null : source.newMedia().note(),
                        accounts));
        Map<String, byte[]> out = new TreeMap<>();
        out.put(EntryNames.CAMPAIGN_FILE, write(campaign));
        out.put(EntryNames.RUBRIC_FILE, tx.workspace().rubricText().json().getBytes(StandardCharsets.UTF_8));
        out.put(EntryNames.UNITS_FILE, write(new UnitsFile("office bundle", unitEntries)));
        return out;
    }

    /** The campaign files of an office bundle, or null when it has none. */
    static Parsed parse(VerifiedBundle bundle) {
        Map<String, byte[]> files = bundle.campaignFiles();
        if (!files.containsKey(EntryNames.CAMPAIGN_FILE) || !files.containsKey(EntryNames.UNITS_FILE)
                || !files.containsKey(EntryNames.RUBRIC_FILE)) {
            return null;
        }
        try {
            CampaignFile c = Json.mapper().readValue(files.get(EntryNames.CAMPAIGN_FILE), CampaignFile.class);
            UnitsFile u = Json.mapper().readValue(files.get(EntryNames.UNITS_FILE), UnitsFile.class);
            if (c == null || u == null || u.units() == null) {
                throw new IOException("empty campaign or units file");
            }
            return new Parsed(c, u, files.get(EntryNames.RUBRIC_FILE));
        } catch (IOException e) {
            throw RecordsCheck.bad(bundle.file(), EntryNames.CAMPAIGN_DIR, 0, "the campaign files cannot be read ("
                    + e.getMessage() + ")");
        }
    }

    /** Adds the inspectors, units, websites and accounts the office has and this workspace lacks. */
    static void refresh(BundleTx tx, VerifiedBundle bundle) throws SQLException {
        Parsed p = parse(bundle);
        if (p == null) {
            return;
        }
        if (p.campaign().inspectors() != null) {
            for (CampaignFile.InspectorEntry i : p.campaign().inspectors()) {
                tx.ensureInspector(new org.inspectorbench.store.Inspector(i.id(), i.name()));
            }
        }
        for (UnitsFile.UnitEntry u : p.units().units()) {
            tx.ensureUnit(u.name(), u.kind(), u.tags() == null ? List.of() : u.tags());
            for (UnitsFile.WebsiteEntry w : u.websites() == null ? List.<UnitsFile.WebsiteEntry>of() : u.websites()) {
                tx.ensureWebsite(u.name(), w.name(), w.url());
            }
        }
        boolean sample = p.campaign().newMedia() != null && p.campaign().newMedia().sample();
        if (p.campaign().newMedia() != null && p.campaign().newMedia().accounts() != null) {
            for (CampaignFile.AccountEntry a : p.campaign().newMedia().accounts()) {
                tx.ensureAccount(a.unit(), a.name(), a.platform(), sample);
            }
        }
    }

    private static byte[] write(Object value) {
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(byte[] bytes, Class<T> type) {
        try {
            return Json.mapper().readValue(bytes, type);
        } catch (IOException e) {
            throw new IllegalStateException("the campaign's stored source is not a campaign file", e);
        }
    }
}
