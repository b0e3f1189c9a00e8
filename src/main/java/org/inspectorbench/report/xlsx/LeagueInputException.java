package org.inspectorbench.report.xlsx;

/** The workspace cannot be scored as it stands (its findings no longer fit its rubric): the message says where. */
public final class LeagueInputException extends RuntimeException {

    public LeagueInputException(String message) {
        super(message);
    }
}
