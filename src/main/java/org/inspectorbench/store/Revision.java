package org.inspectorbench.store;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A revision stamp: a hybrid logical clock reading plus the author who made the change. Stamps
 * of one workspace only grow; stamps of different authors order by time, then counter, then
 * author id, so that merging bundles (issue 6) has a deterministic order.
 *
 * <p>The text form {@code 0001669334400000.0000.zhangsan} (15-digit ms, 4-digit hex counter,
 * author) sorts the same as the record: it is what the database stores and bundles carry.
 */
public record Revision(long millis, int counter, String author) implements Comparable<Revision> {

    private static final Pattern TEXT = Pattern.compile("(\\d{16})\\.([0-9a-f]{4})\\.(.+)");
    private static final Comparator<Revision> ORDER = Comparator.comparingLong(Revision::millis)
            .thenComparingInt(Revision::counter).thenComparing(Revision::author);

    public Revision {
        Objects.requireNonNull(author, "author");
        if (author.isBlank()) {
            throw new IllegalArgumentException("a revision needs an author");
        }
        if (millis < 0 || counter < 0 || counter > 0xffff) {
            throw new IllegalArgumentException("revision out of range: " + millis + "/" + counter);
        }
    }

    @JsonCreator
    public static Revision parse(String text) {
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a revision stamp: " + text);
        }
        return new Revision(Long.parseLong(m.group(1)), Integer.parseInt(m.group(2), 16), m.group(3));
    }

    public static Revision parseOrNull(String text) {
        return text == null ? null : parse(text);
    }

    /** {@code %016d.%04x.%s}, without a Formatter: imports write tens of thousands of stamps. */
    @JsonValue
    @Override
    public String toString() {
        String m = Long.toString(millis);
        String x = Integer.toHexString(counter);
        StringBuilder b = new StringBuilder(22 + author.length());
        for (int i = m.length(); i < 16; i++) {
            b.append('0');
        }
        b.append(m).append('.');
        for (int i = x.length(); i < 4; i++) {
            b.append('0');
        }
        return b.append(x).append('.').append(author).toString();
    }

    @Override
    public int compareTo(Revision o) {
        return ORDER.compare(this, o);
    }
}
