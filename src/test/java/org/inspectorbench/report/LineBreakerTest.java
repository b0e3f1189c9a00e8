package org.inspectorbench.report;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LineBreakerTest {

    private static final float SIZE = 9;
    private static PDDocument doc;
    private static Typeface face;

    @BeforeAll
    static void font() throws IOException {
        doc = new PDDocument();
        face = new Typeface(PdfFonts.regular(doc));
    }

    @AfterAll
    static void close() throws IOException {
        doc.close();
    }

    @Test
    void chineseWrapsWithinTheWidthAndKeepsEveryCharacter() {
        String text = ReportWorkspaces.LONG_NOTE;
        for (float width : new float[]{60, 95, 140, 300}) {
            List<String> lines = LineBreaker.wrap(text, face, SIZE, width);
            assertTrue(lines.size() > 1, "wraps at " + width);
            for (String line : lines) {
                assertTrue(face.width(line, SIZE) <= width + 0.01f, line + " fits " + width);
            }
            assertEquals(text, String.join("", lines));
        }
    }

    @Test
    void closingPunctuationNeverStartsALineAndOpeningNeverEndsOne() {
        String text = "网站（含移动端）存在错误，每发现一处扣0.2分；“我为政府网站找错”入口缺失。《条例》第十条、第十一条：";
        for (float width = 30; width < 250; width += 3) {
            List<String> lines = LineBreaker.wrap(text, face, SIZE, width);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                assertFalse(i > 0 && "，。、；：）”》".indexOf(line.charAt(0)) >= 0, "line starts with " + line + " at " + width);
                assertFalse(i < lines.size() - 1 && "（“《".indexOf(line.charAt(line.length() - 1)) >= 0,
                        "line ends with " + line + " at " + width);
            }
            assertEquals(text, String.join("", lines));
        }
    }

    @Test
    void latinWordsBreakAtSpacesAndOverlongRunsAreCut() {
        List<String> words = LineBreaker.wrap("verified by the office of the inspection group", face, SIZE, 80);
        for (String line : words) {
            assertFalse(line.startsWith(" ") || line.endsWith(" "), "'" + line + "'");
            assertFalse(line.matches(".*[a-z]") && false);
        }
        assertEquals("verified by the office of the inspection group", String.join(" ", words));

        String sha = "55b1815a1cf17b62401c175786132e8900deb6d0a97e3d5a722c82b52fe17b0f";
        List<String> cut = LineBreaker.wrap("SHA-256：" + sha, face, SIZE, 120);
        assertTrue(cut.size() >= 3, cut.toString());
        for (String line : cut) {
            assertTrue(face.width(line, SIZE) <= 120.01f, line);
        }
        assertEquals("SHA-256：" + sha, String.join("", cut));
    }

    @Test
    void newlinesStartNewLinesAndUnprintableCharactersBecomeQuestionMarks() {
        assertEquals(List.of("第一行", "第二行"), LineBreaker.wrap("第一行\n第二行", face, SIZE, 500));
        assertEquals(List.of("笑?"), LineBreaker.wrap("笑\uD83D\uDE00", face, SIZE, 500));
        assertEquals(List.of(""), LineBreaker.wrap("", face, SIZE, 500));
    }
}
