package org.inspectorbench;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class SeedSpamTest {

    /** The check must recognise the spam where it really is: the seed copy beside the repository. */
    @Test
    void recognisesTheSeedsSpamAndNotTheCityName() throws Exception {
        Path seed = Path.of("../shared/seed/mianyang-2022-inspection-rules.txt");
        assumeTrue(Files.exists(seed), "the shared seed is not beside this checkout");
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        assertTrue(SeedSpam.isIn(text));
        assertFalse(SeedSpam.isIn(text.replaceAll("\\S*投注盘口\\S*?最新网址", "绵阳市")));
        assertFalse(SeedSpam.isIn("绵阳市2022年政务公开工作检查考核实施细则"));
    }
}
