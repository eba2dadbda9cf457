package org.scrutiny.shared;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Working days in England or Wales: Monday to Friday, less the bank holidays (including substitute
 * days and one-off holidays such as the 2022 Platinum Jubilee). Every statutory date is counted
 * with this calendar.
 */
public final class WorkingDays {

    /** Where the panel is: bank holidays differ between the nations of the UK. */
    public enum Region {
        ENGLAND("eng", "England"),
        WALES("wls", "Wales");

        private final String subdivision;
        private final String label;

        Region(String subdivision, String label) {
            this.subdivision = subdivision;
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private static final HolidayManager UNITED_KINGDOM =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
    private static final Map<Region, WorkingDays> CALENDARS = new EnumMap<>(Region.class);

    static {
        for (Region region : Region.values()) {
            CALENDARS.put(region, new WorkingDays(region));
        }
    }

    private final Region region;
    /** Bank holidays are fixed facts per year; each node computes them once and keeps them. */
    private final Map<Integer, Set<LocalDate>> bankHolidaysByYear = new ConcurrentHashMap<>();

    private WorkingDays(Region region) {
        this.region = region;
    }

    public static WorkingDays of(Region region) {
        return CALENDARS.get(region);
    }

    public Region region() {
        return region;
    }

    /** The days off of the year's bank holidays; for a holiday moved to a substitute day, the substitute day. */
    public Set<LocalDate> bankHolidays(int year) {
        return bankHolidaysByYear.computeIfAbsent(
                year, y -> UNITED_KINGDOM.getHolidays(Year.of(y), region.subdivision).stream()
                        .filter(holiday -> holiday.getType() != HolidayType.OBSERVANCE)
                        .map(holiday -> holiday.getDate())
                        .collect(Collectors.toUnmodifiableSet()));
    }

    public boolean isBankHoliday(LocalDate date) {
        return bankHolidays(date.getYear()).contains(date);
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isBankHoliday(date);
    }

    /** How many working days come after {@code from}, up to and including {@code to}: none when {@code to} is not after it. */
    public long workingDaysBetween(LocalDate from, LocalDate to) {
        long count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** The {@code n}-th working day after {@code start}, not counting {@code start} itself. */
    public LocalDate workingDaysAfter(LocalDate start, int n) {
        requirePositive(n);
        LocalDate day = start;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The working day {@code n} working days before {@code end}: 5 before Friday 11 March 2022 is Friday 4 March. */
    public LocalDate workingDaysBefore(LocalDate end, int n) {
        LocalDate day = end;
        int counted = 0;
        while (counted < n) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The latest working day that leaves {@code n} clear working days before {@code meeting}:
     * clear days exclude both that day and the day of the meeting. For a meeting on Wednesday
     * 23 March 2022 and five clear days, Tuesday 15 March 2022.
     */
    public LocalDate latestDayWithClearWorkingDaysBefore(LocalDate meeting, int n) {
        requirePositive(n);
        LocalDate day = meeting;
        int counted = 0;
        while (counted < n) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        do {
            day = day.minusDays(1);
        } while (!isWorkingDay(day));
        return day;
    }

    /** How many working days fall strictly between {@code from} and {@code to}. */
    public int clearWorkingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); day.isBefore(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private static void requirePositive(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("Count at least one working day, not " + n);
        }
    }
}
