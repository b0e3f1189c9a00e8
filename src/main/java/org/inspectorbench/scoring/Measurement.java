package org.inspectorbench.scoring;

import org.inspectorbench.rubric.Measure;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A measured value read from a finding. For WORKING_DAYS, {@code number} is the working days
 * between asking and answering, and {@code unbounded} marks a question never answered
 * ("2022-11-01/"): it took more working days than any tier names.
 */
record Measurement(Measure.Type type, BigDecimal number, LocalDate date, boolean unbounded, String display) {

    static Measurement date(LocalDate date) {
        return new Measurement(Measure.Type.DATE, null, date, false, "最近更新 " + date);
    }

    static Measurement fraction(BigDecimal fraction) {
        return new Measurement(Measure.Type.FRACTION, fraction, null, false,
                Points.format(fraction.movePointRight(2)) + "%");
    }

    static Measurement number(BigDecimal number) {
        return new Measurement(Measure.Type.NUMBER, number, null, false, number.stripTrailingZeros().toPlainString());
    }

    static Measurement workingDays(LocalDate asked, LocalDate answered, int days) {
        return new Measurement(Measure.Type.WORKING_DAYS, BigDecimal.valueOf(days), null, false,
                asked + " 提问, " + answered + " 答复, 用时 " + days + " 个工作日");
    }

    static Measurement neverAnswered(LocalDate asked) {
        return new Measurement(Measure.Type.WORKING_DAYS, null, null, true, asked + " 提问, 未答复");
    }

    boolean below(BigDecimal bound) {
        return !unbounded && number.compareTo(bound) < 0;
    }

    boolean atMost(BigDecimal bound) {
        return !unbounded && number.compareTo(bound) <= 0;
    }

    boolean above(BigDecimal bound) {
        return unbounded || number.compareTo(bound) > 0;
    }

    boolean atLeast(BigDecimal bound) {
        return unbounded || number.compareTo(bound) >= 0;
    }
}
