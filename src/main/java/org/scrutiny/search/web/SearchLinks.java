package org.scrutiny.search.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Addresses of the search page with what is asked now, one thing changed: the links of the
 * counts, the pages and "clear the filters" keep the words, the order and the dates.
 */
public final class SearchLinks {

    private final Map<String, String> asked;

    SearchLinks(Map<String, String> asked) {
        this.asked = new LinkedHashMap<>(asked);
    }

    /** The search as it is, with {@code name} set to {@code value} (left out when null), from its first page. */
    public String with(String name, Object value) {
        Map<String, String> changed = new LinkedHashMap<>(asked);
        changed.remove("page");
        if (value == null) {
            changed.remove(name);
        } else {
            changed.put(name, String.valueOf(value));
        }
        return address(changed);
    }

    /** The same search on another page. */
    public String page(int number) {
        Map<String, String> changed = new LinkedHashMap<>(asked);
        changed.put("page", String.valueOf(number));
        return address(changed);
    }

    /** The words and the order only, every filter cleared. */
    public String unfiltered() {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String name : new String[] {"q", "sort"}) {
            if (asked.containsKey(name)) {
                kept.put(name, asked.get(name));
            }
        }
        return address(kept);
    }

    private static String address(Map<String, String> parameters) {
        StringBuilder address = new StringBuilder("/search");
        char separator = '?';
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            address.append(separator)
                    .append(parameter.getKey())
                    .append('=')
                    .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return address.toString();
    }
}
