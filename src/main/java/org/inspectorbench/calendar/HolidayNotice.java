package org.inspectorbench.calendar;

import java.time.LocalDate;

/**
 * The State Council notice a calendar year is taken from (国务院办公厅关于YYYY年部分节假日安排的通知),
 * named so that anyone can check the data against the official text.
 *
 * @param number the document number, e.g. "国办发明电〔2021〕11号"
 * @param date   the date the notice was issued
 */
public record HolidayNotice(String issuer, String title, String number, LocalDate date) {

    /** "国务院办公厅关于2022年部分节假日安排的通知（国办发明电〔2021〕11号，2021-10-25）" */
    public String citation() {
        return title + "（" + number + "，" + date + "）";
    }
}
