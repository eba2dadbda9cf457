package org.scrutiny.shared;

import java.time.LocalDate;
import java.time.Month;

/**
 * A municipal year, named by the calendar year in which it starts: the 2022 municipal year runs
 * from May 2022 to April 2023 when the panel's year starts in May.
 */
public record MunicipalYear(int startYear, Month startMonth) implements Comparable<MunicipalYear> {

    public static final Month DEFAULT_START = Month.MAY;

    public static MunicipalYear containing(LocalDate date, Month startMonth) {
        int year = date.getMonthValue() >= startMonth.getValue() ? date.getYear() : date.getYear() - 1;
        return new MunicipalYear(year, startMonth);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, startMonth, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusYears(1).minusDays(1);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    public MunicipalYear previous() {
        return new MunicipalYear(startYear - 1, startMonth);
    }

    public MunicipalYear next() {
        return new MunicipalYear(startYear + 1, startMonth);
    }

    /** "2022/23" for a year starting in any month but January; "2022" for a calendar year. */
    public String label() {
        if (startMonth == Month.JANUARY) {
            return Integer.toString(startYear);
        }
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }

    @Override
    public int compareTo(MunicipalYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return label();
    }
}
