package org.scrutiny.meetings.web;

import java.util.Arrays;
import java.util.List;
import org.scrutiny.meetings.ItemPurpose;
import org.scrutiny.shared.web.Option;

/** What an item may be for, as the choices of a form. */
final class ItemPurposes {

    private ItemPurposes() {}

    static List<Option> options() {
        return Arrays.stream(ItemPurpose.values())
                .map(p -> Option.of(p.name(), p.label()))
                .toList();
    }
}
