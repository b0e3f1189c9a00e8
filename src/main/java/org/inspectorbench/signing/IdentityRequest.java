package org.inspectorbench.signing;

import java.time.Duration;
import java.time.Instant;

/**
 * What a new signing identity says about its holder: name (CN), organisation (O) and the
 * certificate's validity period.
 */
public record IdentityRequest(String name, String organisation, Instant notBefore, Instant notAfter) {

    /** Three years: long enough for a campaign cycle, short enough that lost keys age out. */
    public static final int DEFAULT_VALID_DAYS = 3 * 365;

    /** X.520 upper bound for CN and O. */
    static final int MAX_NAME_LENGTH = 64;

    /**
     * Valid from a minute before {@code now} (so a clock that is slightly behind still accepts a
     * fresh certificate) for {@code validDays} days.
     */
    public static IdentityRequest of(String name, String organisation, int validDays, Instant now) {
        return new IdentityRequest(name, organisation, now.minus(Duration.ofMinutes(1)),
                now.plus(Duration.ofDays(validDays)));
    }

    void check() throws SigningException {
        if (name == null || name.isBlank()) {
            throw SigningProblem.of(SigningProblem.Kind.BAD_IDENTITY,
                    "签名人姓名为空 the signer's name is empty: give --name");
        }
        if (organisation == null || organisation.isBlank()) {
            throw SigningProblem.of(SigningProblem.Kind.BAD_IDENTITY,
                    "单位为空 the organisation is empty: give --org");
        }
        if (name.strip().length() > MAX_NAME_LENGTH || organisation.strip().length() > MAX_NAME_LENGTH) {
            throw SigningProblem.of(SigningProblem.Kind.BAD_IDENTITY,
                    "姓名或单位过长 name and organisation must be at most " + MAX_NAME_LENGTH + " characters");
        }
        if (notBefore == null || notAfter == null || !notAfter.isAfter(notBefore)) {
            throw SigningProblem.of(SigningProblem.Kind.BAD_IDENTITY,
                    "有效期无效 the validity period is empty: the end must come after the start");
        }
    }
}
