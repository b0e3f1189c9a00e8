package org.inspectorbench.monitoring;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One visit of a monitoring log: the site could be opened after {@code seconds}, or it could not
 * ({@code failure} says how: "fail", "timeout", "HTTP 503" ...). Exactly one of the two is set.
 *
 * @param time the local time as the log wrote it; its date is the monitoring day
 * @param line the log line, for messages
 */
public record AvailabilityCheck(LocalDateTime time, String site, BigDecimal seconds, String failure, int line) {

    public AvailabilityCheck {
        if ((seconds == null) == (failure == null)) {
            throw new IllegalArgumentException("a check has either seconds or a failure");
        }
    }

    public boolean failed() {
        return failure != null;
    }
}
