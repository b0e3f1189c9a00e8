package org.inspectorbench.csv;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvTest {

    @Test
    void quotedFieldsLineBreaksAndLineNumbers() {
        List<CsvRecord> r = Csv.parse("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",x\nlast,");
        assertEquals(List.of("a", "b,c", "say \"hi\""), r.get(0).fields());
        assertEquals(List.of("two\nlines", "x"), r.get(1).fields());
        assertEquals(2, r.get(1).line());
        assertEquals(4, r.get(2).line());
        assertEquals(List.of("last", ""), r.get(2).fields());
        assertEquals(3, r.size());
    }

    @Test
    void unclosedQuoteNamesItsLine() {
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> Csv.parse("a,b\nc,\"d\n"));
        assertTrue(e.getMessage().startsWith("line 2"), e.getMessage());
    }
}
