package org.inspectorbench.store;

import org.inspectorbench.json.Json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.inspectorbench.store.WorkspaceException.Reason;

/**
 * Reads a campaign file and the rubric and units files it names, from disk or from the program's
 * own jar (the sample campaign is packaged as classpath resources under {@code sample-data/}, so it
 * is found wherever the program runs from).
 */
public final class CampaignSource {

    /** The sample campaign inside the jar (pom.xml copies sample-data/ to the class path). */
    public static final String SAMPLE_CAMPAIGN = "sample-data/campaigns/mianyang-2022.json";

    /** A campaign with everything it refers to, read and parsed. */
    public record Loaded(CampaignFile campaign, RubricText rubric, UnitsFile units, String origin) {
    }

    private interface Reader {
        String read(String relative) throws IOException;
    }

    private CampaignSource() {
    }

    public static Loaded load(Path campaignFile) {
        if (!Files.isRegularFile(campaignFile)) {
            throw new WorkspaceException(Reason.NOT_FOUND, "找不到考核活动文件 (no campaign file at " + campaignFile + ")");
        }
        Path dir = campaignFile.toAbsolutePath().getParent();
        return load(campaignFile.toString(), rel -> Files.readString(rel == null ? campaignFile : dir.resolve(rel),
                StandardCharsets.UTF_8));
    }

    /** The sample campaign bundled with the program. */
    public static Loaded loadSample() {
        return load("classpath:" + SAMPLE_CAMPAIGN, rel -> {
            String path = rel == null ? SAMPLE_CAMPAIGN
                    : Path.of(SAMPLE_CAMPAIGN).getParent().resolve(rel).normalize().toString().replace('\\', '/');
            try (InputStream in = CampaignSource.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IOException("resource " + path + " is not in the program");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        });
    }

    private static Loaded load(String origin, Reader reader) {
        CampaignFile campaign = parse(origin, read(origin, reader, null), CampaignFile.class);
        require(origin, campaign.id(), "id");
        require(origin, campaign.name(), "name");
        require(origin, campaign.rubric(), "rubric");
        require(origin, campaign.units(), "units");
        if (campaign.monitoringDate() == null) {
            throw invalid(origin, "monitoringDate (监测时间点) is missing");
        }
        RubricText rubric = RubricText.of(read(origin, reader, campaign.rubric()));
        UnitsFile units = parse(campaign.units(), read(origin, reader, campaign.units()), UnitsFile.class);
        return new Loaded(campaign, rubric, units, origin);
    }

    private static String read(String origin, Reader reader, String relative) {
        try {
            return reader.read(relative);
        } catch (IOException e) {
            throw new WorkspaceException(Reason.NOT_FOUND, "无法读取 (cannot read " + (relative == null ? origin
                    : relative + ", named by " + origin) + "): " + e.getMessage(), e);
        }
    }

    private static <T> T parse(String origin, String text, Class<T> type) {
        try {
            return Json.mapper().readValue(text, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw invalid(origin, e.getOriginalMessage());
        }
    }

    private static void require(String origin, String value, String field) {
        if (value == null || value.isBlank()) {
            throw invalid(origin, field + " is missing");
        }
    }

    static WorkspaceException invalid(String origin, String what) {
        return new WorkspaceException(Reason.INVALID_INPUT, "考核活动文件有误 (campaign file " + origin + "): " + what);
    }
}
