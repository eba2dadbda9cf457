package org.scrutiny.hardening;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.scrutiny.hardening.BadInputCorpusTest.FoundForm;
import org.scrutiny.shared.web.OneTimeSubmissions;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Reads the site as one role would, following its links, and keeps every form that posts: where
 * to, and the values its page filled in. One form is kept for each shape of address (so the
 * hundred meetings' identical forms are tried once), which keeps the corpus to minutes.
 */
final class FormCrawler {

    private static final int MAX_PAGES_PER_ROLE = 2000;
    private static final int PAGES_PER_SHAPE = 40;

    private final MockMvc mvc;
    private final Map<String, FoundForm> forms = new LinkedHashMap<>();
    private int pagesRead;

    FormCrawler(MockMvc mvc) {
        this.mvc = mvc;
    }

    List<FoundForm> forms() {
        return new ArrayList<>(forms.values());
    }

    /** Forgets the forms found so far, to read the site afresh after records have changed. */
    void forget() {
        forms.clear();
    }

    int pagesRead() {
        return pagesRead;
    }

    /** Reads the pages under {@code within} reachable from {@code start}, as {@code user}. */
    void crawl(RequestPostProcessor user, String who, List<String> within, String... start) throws Exception {
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        Set<String> seen = new HashSet<>(queue);
        Map<String, Integer> shapesVisited = new HashMap<>();
        int pages = 0;
        while (!queue.isEmpty() && pages < MAX_PAGES_PER_ROLE) {
            String path = queue.poll();
            // Pages of one shape (/manage/meetings/4, /manage/meetings/5, ...) show much the same
            // forms; a few of each find those that depend on a record's state.
            if (shapesVisited.merge(shape(path), 1, Integer::sum) > PAGES_PER_SHAPE) {
                continue;
            }
            MockHttpServletResponse response =
                    mvc.perform(get(path).with(user)).andReturn().getResponse();
            pages++;
            pagesRead++;
            String type = String.valueOf(response.getContentType());
            if (response.getStatus() != 200 || !type.startsWith("text/html")) {
                continue;
            }
            Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8), "http://localhost" + path);
            for (Element link : page.select("a[href]")) {
                String next = local(link.attr("href"), path);
                if (next != null && within.stream().anyMatch(next::startsWith) && seen.add(next)) {
                    queue.add(next);
                }
            }
            for (Element form : page.select("form")) {
                if (!form.attr("method").equalsIgnoreCase("post")) {
                    continue;
                }
                String action = form.hasAttr("action") ? local(form.attr("action"), path) : path;
                if (action == null) {
                    continue;
                }
                forms.putIfAbsent(
                        who + " " + shape(action) + " " + fieldsOf(form).keySet(), read(form, path, who, user, action));
            }
        }
    }

    private static FoundForm read(Element form, String page, String who, RequestPostProcessor user, String action) {
        Map<String, String> types = fieldsOf(form);
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Element field : form.select("input[name], textarea[name], select[name]")) {
            String name = field.attr("name");
            String type = typeOf(field);
            switch (type) {
                case "checkbox", "radio" -> {
                    if (field.hasAttr("checked")) {
                        values.computeIfAbsent(name, n -> new ArrayList<>()).add(field.attr("value"));
                    } else if (type.equals("radio") && !values.containsKey(name)) {
                        values.put(name, new ArrayList<>(List.of(field.attr("value"))));
                    }
                }
                case "select" -> {
                    Element chosen = field.selectFirst("option[selected]");
                    if (chosen == null) {
                        chosen = field.select("option").stream()
                                .filter(option -> !option.attr("value").isEmpty())
                                .findFirst()
                                .orElse(null);
                    }
                    values.put(name, new ArrayList<>(List.of(chosen == null ? "" : chosen.attr("value"))));
                }
                case "textarea" -> values.put(name, new ArrayList<>(List.of(field.text())));
                case "file", "submit" -> {}
                default -> values.computeIfAbsent(name, n -> new ArrayList<>()).add(field.attr("value"));
            }
        }
        // The button pressed, when the form has a named one (such as action=save).
        Element button = form.selectFirst("button[name]");
        if (button != null) {
            values.put(button.attr("name"), new ArrayList<>(List.of(button.attr("value"))));
        }
        values.remove("_csrf");
        // The page's one-time token would make every case after the first a second sending of
        // one form; each case is sent as a form of its own (the token is still tried with bad values).
        values.remove(OneTimeSubmissions.PARAMETER);
        boolean multipart = form.attr("enctype").equalsIgnoreCase("multipart/form-data");
        return new FoundForm(page, who, user, action, multipart, values, types);
    }

    private static Map<String, String> fieldsOf(Element form) {
        Map<String, String> types = new LinkedHashMap<>();
        for (Element field : form.select("input[name], textarea[name], select[name]")) {
            String type = typeOf(field);
            if (!type.equals("submit") && !field.attr("name").equals("_csrf")) {
                types.putIfAbsent(field.attr("name"), type);
            }
        }
        return types;
    }

    private static String typeOf(Element field) {
        return switch (field.tagName()) {
            case "textarea" -> "textarea";
            case "select" -> "select";
            default -> field.attr("type").isEmpty()
                    ? "text"
                    : field.attr("type").toLowerCase();
        };
    }

    /** The path and query of a link within the site, or null for anything else (other sites, files, fragments). */
    private static String local(String href, String from) {
        if (href.isEmpty() || href.startsWith("#") || href.startsWith("mailto:") || href.startsWith("tel:")) {
            return null;
        }
        String path;
        if (href.startsWith("http://localhost/") || href.startsWith("http://localhost:")) {
            path = href.replaceFirst("^http://localhost(:\\d+)?", "");
        } else if (href.startsWith("/") && !href.startsWith("//")) {
            path = href;
        } else if (href.startsWith("?")) {
            path = from.replaceFirst("\\?.*", "") + href;
        } else {
            return null;
        }
        path = path.replaceFirst("#.*", "");
        if (path.matches(".*\\.(pdf|ics|atom|css|js|png|svg|ico|woff2?|docx?|odt|zip)(\\?.*)?$")
                || path.startsWith("/webjars/")
                || path.startsWith("/assets/")
                || path.startsWith("/logout")) {
            return null;
        }
        return path;
    }

    /** The address with its numbers blanked and its query's values dropped: /manage/meetings/# . */
    static String shape(String path) {
        return path.replaceAll("/\\d+", "/#").replaceAll("=[^&]*", "=");
    }
}
