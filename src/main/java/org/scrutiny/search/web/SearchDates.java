package org.scrutiny.search.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.scrutiny.shared.web.DateInput;
import org.scrutiny.shared.web.PeriodForm;
import org.springframework.validation.Errors;

/** The days a search may be narrowed to, as typed: the first and the last, either or both. */
public class SearchDates extends PeriodForm {

    /** The days typed, or nulls after recording on {@code errors} what is wrong with them. */
    record Range(LocalDate from, LocalDate to) {}

    Range range(Errors errors) {
        LocalDate first = getFrom().toDate(errors, "from", "the first day", false);
        LocalDate last = getTo().toDate(errors, "to", "the last day", false);
        if (first != null && last != null && last.isBefore(first)) {
            errors.rejectValue("to", "date.order", "The last day must be the same as or after the first day");
            last = null;
        }
        return new Range(first, last);
    }

    boolean isBlank() {
        return getFrom().isBlank() && getTo().isBlank();
    }

    /** The dates as the search's address carries them. */
    Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "from", getFrom());
        put(parameters, "to", getTo());
        return parameters;
    }

    private static void put(Map<String, String> parameters, String name, DateInput date) {
        if (!date.isBlank()) {
            parameters.put(name + ".day", date.getDay());
            parameters.put(name + ".month", date.getMonth());
            parameters.put(name + ".year", date.getYear());
        }
    }
}
