package org.scrutiny.shared.web;

import org.scrutiny.shared.RecordNotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The previous and next links of a list shown a page at a time, for the {@code pagination}
 * fragment: {@code number} counts from 1, and each link keeps the list's other query parameters.
 * A page that cannot exist (below 1, or past the last) is "not found", not an empty page.
 */
public record Pagination(int number, int count, String previous, String next) {

    /** The page a visitor asked for, 1 when none; "not found" below 1, before anything is read. */
    public static int requested(Integer page, String what) {
        int number = page == null ? 1 : page;
        if (number < 1) {
            throw new RecordNotFoundException(what, number);
        }
        return number;
    }

    /**
     * The links around page {@code number} of {@code page}; {@code address} is the list's address
     * with its filters, to which the page number is added.
     */
    public static Pagination of(Page<?> page, int number, UriComponentsBuilder address, String what) {
        if (number > 1 && number > page.getTotalPages()) {
            throw new RecordNotFoundException(what, number);
        }
        return new Pagination(
                number,
                Math.max(1, page.getTotalPages()),
                number > 1 ? link(address, number - 1) : null,
                page.hasNext() ? link(address, number + 1) : null);
    }

    private static String link(UriComponentsBuilder address, int number) {
        return address.cloneBuilder()
                .replaceQueryParam("page", number)
                .build()
                .encode()
                .toUriString();
    }
}
