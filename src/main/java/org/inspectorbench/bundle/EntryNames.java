package org.inspectorbench.bundle;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names a bundle's entries may have. Anything else is refused before its bytes are read:
 * names that climb out of a folder ({@code ../}), absolute paths, backslashes, drive letters and
 * control characters would let a crafted bundle write elsewhere when someone unzips it.
 */
final class EntryNames {

    static final String MANIFEST = "manifest.json";
    static final String SIGNATURE = "manifest.p7s";
    static final String EVIDENCE_DIR = "evidence/";
    static final String THUMBS_DIR = "thumbs/";
    static final String RECORDS_DIR = "records/";
    static final String CAMPAIGN_DIR = "campaign/";

    static final String EVIDENCE_META = RECORDS_DIR + "evidence.jsonl";
    static final String CAMPAIGN_FILE = CAMPAIGN_DIR + "campaign.json";
    static final String RUBRIC_FILE = CAMPAIGN_DIR + "rubric.json";
    static final String UNITS_FILE = CAMPAIGN_DIR + "units.json";

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern RECORDS = Pattern.compile("records/[a-z-]+\\.jsonl");
    private static final Set<String> CAMPAIGN = Set.of(CAMPAIGN_FILE, RUBRIC_FILE, UNITS_FILE);

    private EntryNames() {
    }

    /** Null when {@code name} is safe and of our format, else why not. */
    static String problem(String name) {
        if (name == null || name.isEmpty()) {
            return "an entry without a name";
        }
        if (name.indexOf('\\') >= 0) {
            return "a backslash in the name";
        }
        if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
            return "an absolute path";
        }
        for (String part : name.split("/", -1)) {
            if (part.equals("..") || part.equals(".")) {
                return "a '" + part + "' path segment";
            }
            if (part.isEmpty()) {
                return "an empty path segment";
            }
        }
        for (int i = 0; i < name.length(); i++) {
            if (Character.isISOControl(name.charAt(i))) {
                return "a control character in the name";
            }
        }
        if (!known(name)) {
            return "not a name this format uses";
        }
        return null;
    }

    static boolean known(String name) {
        return name.equals(MANIFEST) || name.equals(SIGNATURE) || CAMPAIGN.contains(name)
                || RECORDS.matcher(name).matches()
                || (name.startsWith(EVIDENCE_DIR) && isHash(name.substring(EVIDENCE_DIR.length())))
                || (name.startsWith(THUMBS_DIR) && isHash(name.substring(THUMBS_DIR.length())));
    }

    static boolean isHash(String s) {
        return HASH.matcher(s).matches();
    }

    static String evidence(String sha256) {
        return EVIDENCE_DIR + sha256;
    }

    static String thumb(String sha256) {
        return THUMBS_DIR + sha256;
    }

    /** The hash an evidence or thumbnail entry is named by, or null. */
    static String hashOf(String name, String dir) {
        return name.startsWith(dir) && isHash(name.substring(dir.length())) ? name.substring(dir.length()) : null;
    }
}
