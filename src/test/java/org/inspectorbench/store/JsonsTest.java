package org.inspectorbench.store;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The history's hand-ordered JSON of findings and attachments is exactly the mapper's. */
class JsonsTest {

    private static final String[] TEXTS = {null, "", "涪城区", "政务公开/依申请公开", "a \"quoted\" \\ back\\slash",
        "tab\there\nnew line\u0001\u001f", "\b\f\r\u007f\u0000/", "emoji \uD83D\uDE00 and é", "</script>", "f1"};

    private static String text(Random r) {
        return TEXTS[r.nextInt(TEXTS.length)];
    }

    private static Instant instant(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> Instant.ofEpochSecond(1_669_334_400L);
            case 1 -> Instant.ofEpochSecond(1_669_334_400L, 123_000_000L);
            case 2 -> Instant.ofEpochSecond(r.nextInt(2_000_000_000), r.nextInt(1_000_000_000));
            default -> r.nextBoolean() ? null : Instant.ofEpochSecond(1_669_334_400L, 1_000L);
        };
    }

    private static Revision revision(Random r) {
        return r.nextInt(3) == 0 ? null : new Revision(r.nextLong() >>> 20, r.nextInt(0x10000), "张三" + r.nextInt(3));
    }

    @Test
    void findingsAndLinksAreWrittenAsTheMapperWritesThem() {
        Random r = new Random(11);
        for (int i = 0; i < 3000; i++) {
            Finding f = new Finding(text(r), text(r), text(r), text(r),
                    r.nextInt(3) == 0 ? null : Finding.Kind.values()[r.nextInt(2)], text(r), text(r),
                    r.nextBoolean() ? null : r.nextInt(2001) - 1000, text(r), text(r), text(r), instant(r), instant(r),
                    revision(r), revision(r), r.nextBoolean());
            assertEquals(Jsons.write(f), Jsons.finding(f));
            EvidenceLink l = new EvidenceLink(text(r), text(r), r.nextInt(100), text(r), instant(r), revision(r),
                    revision(r), r.nextBoolean());
            assertEquals(Jsons.write(l), Jsons.link(l));
        }
        assertNull(Jsons.finding(null));
        assertNull(Jsons.link(null));
    }
}
