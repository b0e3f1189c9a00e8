package org.inspectorbench.monitoring.probe;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** One visit: its round's time, the URL, and the seconds it took or why it failed. */
public record ProbeResult(OffsetDateTime time, String url, BigDecimal seconds, String failure) {

    /** The log row: time,url,result (docs/monitoring.md). */
    public List<String> row() {
        return List.of(time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), url, seconds != null ? seconds.toPlainString() : failure);
    }
}
