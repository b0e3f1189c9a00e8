package org.inspectorbench.monitoring;

import java.time.LocalDate;

/**
 * A valid message (有效留言) left in a 政务咨询类 column, as the inspector records it.
 *
 * @param answered the date of the reply, or null when none was given
 */
public record PublicMessage(String title, LocalDate asked, LocalDate answered) {
}
