package org.scrutiny.shared.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.scrutiny.shared.BusinessRuleViolation;
import org.scrutiny.shared.StaleRecordException;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;

/**
 * Runs a form's command and turns a refusal into a message on the form, so the person sees what
 * to change with everything they typed still in place.
 */
public final class Forms {

    private Forms() {}

    /** True when the action ran; false when the form has errors to show, including the action's refusal. */
    public static boolean attempt(BindingResult result, Runnable action) {
        if (result.hasErrors()) {
            return false;
        }
        try {
            action.run();
            return !result.hasErrors();
        } catch (BusinessRuleViolation e) {
            reject(result, e.field(), e.getMessage());
            return false;
        } catch (StaleRecordException | ObjectOptimisticLockingFailureException e) {
            result.reject("stale", new StaleRecordException().getMessage());
            return false;
        } catch (RuntimeException e) {
            // A refusal raised while the transaction commits (such as text too long for its
            // column) reaches here wrapped by the transaction manager.
            BusinessRuleViolation refusal = BusinessRuleViolation.within(e).orElseThrow(() -> e);
            reject(result, refusal.field(), refusal.getMessage());
            return false;
        }
    }

    /**
     * Runs a form's command that saves something, as {@link #attempt}: the saved value, or empty
     * when the form has errors to show.
     */
    public static <T> Optional<T> saved(BindingResult result, Supplier<T> action) {
        List<T> saved = new ArrayList<>(1);
        return attempt(result, () -> saved.add(action.get())) ? Optional.ofNullable(saved.get(0)) : Optional.empty();
    }

    public static void reject(BindingResult result, String field, String message) {
        if (field != null) {
            try {
                result.rejectValue(field, "rule", message);
                return;
            } catch (NotReadablePropertyException | IllegalArgumentException notAField) {
                // fall through to a form-level message
            }
        }
        result.reject("rule", message);
    }

    /** Enough to catch a mistyped address; the email sent to it proves the rest. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /**
     * Reads an email address typed in a box: trimmed, or null with {@code missing} recorded on the
     * field when empty, or a format message when it cannot be an address.
     */
    public static String email(String value, BindingResult result, String field, String missing) {
        String email = trimmed(value);
        if (email == null) {
            result.rejectValue(field, "required", missing);
        } else if (email.length() > 320 || !EMAIL.matcher(email).matches()) {
            result.rejectValue(field, "format", "Enter an email address in the correct format, like name@example.com");
        }
        return email;
    }

    /**
     * Reads a box of text: trimmed, or null when empty; a message on the field when it is longer
     * than {@code limit}, saying how long it is ("The title must be 300 characters or fewer; it has 312").
     */
    public static String limited(String value, String field, String what, int limit, BindingResult result) {
        String text = trimmed(value);
        if (text != null && text.length() > limit) {
            result.rejectValue(
                    field,
                    "length",
                    what + " must be " + String.format("%,d", limit) + " characters or fewer; it has "
                            + String.format("%,d", text.length()));
        }
        return text;
    }

    /** As {@link #limited}, and {@code missing} on the field when the box is empty. */
    public static String required(
            String value, String field, String what, int limit, String missing, BindingResult result) {
        String text = limited(value, field, what, limit, result);
        if (text == null) {
            result.rejectValue(field, "required", missing);
        }
        return text;
    }

    public static String trimmed(String text) {
        return StringUtils.hasText(text) ? text.trim() : null;
    }

    /** Reads an id chosen from a select or radios; blank means none. */
    public static Long id(String value) {
        if (!StringUtils.hasText(value)) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static <T> List<Option> options(List<T> items, Function<T, Object> value, Function<T, String> text) {
        return items.stream()
                .map(item -> Option.of(value.apply(item), text.apply(item)))
                .toList();
    }

    public static <E extends Enum<E>> E choice(
            Class<E> type, String value, BindingResult result, String field, String message) {
        if (StringUtils.hasText(value)) {
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException notOneOfThem) {
                // reported below
            }
        }
        result.rejectValue(field, "choice", message);
        return null;
    }

    /**
     * Reads a whole number typed in a box; records {@code message} on the field and returns null
     * when it is not one, or when it is missing and {@code required}. A number outside
     * {@code min} to {@code max} is refused with the first part of the message ("The word limit
     * must be ...") followed by the range, so that no form takes a number it cannot mean.
     */
    public static Integer wholeNumber(
            String value, BindingResult result, String field, String message, boolean required, int min, int max) {
        if (!StringUtils.hasText(value)) {
            if (required) {
                result.rejectValue(field, "required", message);
            }
            return null;
        }
        int number;
        try {
            number = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            result.rejectValue(field, "number", message);
            return null;
        }
        if (number < min || number > max) {
            int cut = message.indexOf(" must be ");
            String subject = cut < 0 ? "The number" : message.substring(0, cut);
            result.rejectValue(field, "range", subject + " must be between " + min + " and " + max);
            return null;
        }
        return number;
    }

    /** Reads an amount of money in pounds and pence, with or without a pound sign and commas. */
    public static BigDecimal pounds(String value, BindingResult result, String field, boolean required) {
        if (!StringUtils.hasText(value)) {
            if (required) {
                result.rejectValue(field, "required", "Enter an amount in pounds, like 9.99");
            }
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(value.trim().replace("£", "").replace(",", ""));
            if (amount.scale() > 2) {
                result.rejectValue(field, "pence", "Enter the amount in pounds and pence, like 9.99");
                return null;
            }
            return amount;
        } catch (NumberFormatException e) {
            result.rejectValue(field, "number", "Enter the amount in pounds, like 9.99");
            return null;
        }
    }

    /** The options of a select with a first, empty choice such as "Choose the meeting". */
    public static List<Option> withFirst(String firstText, List<Option> options) {
        List<Option> all = new ArrayList<>();
        all.add(new Option("", firstText));
        all.addAll(options);
        return all;
    }
}
