package org.inspectorbench.store;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A revision's text is what the database stores and bundles carry: it must never change form. */
class RevisionTextTest {

    @Test
    void theTextIsZeroPaddedMillisHexCounterAndAuthorAndParsesBack() {
        assertEquals("0001669334400000.0000.zhangsan", new Revision(1_669_334_400_000L, 0, "zhangsan").toString());
        assertEquals("0000000000000000.ffff.李四", new Revision(0, 0xffff, "李四").toString());
        assertEquals("12345678901234567.000a.x", new Revision(12_345_678_901_234_567L, 10, "x").toString(),
                "more than 16 digits are written whole");
        Random r = new Random(7);
        for (int i = 0; i < 2000; i++) {
            Revision rev = new Revision(r.nextLong() >>> (1 + r.nextInt(63)), r.nextInt(0x10000), "a" + i);
            String expected = String.format("%016d.%04x.%s", rev.millis(), rev.counter(), rev.author());
            assertEquals(expected, rev.toString());
            if (rev.millis() < 10_000_000_000_000_000L) {
                assertEquals(rev, Revision.parse(rev.toString()));
            }
        }
    }
}
