package org.scrutiny.search.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.search.util.common.SearchException;
import org.scrutiny.search.domain.SiteSearch;
import org.scrutiny.shared.TypedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page: the words, narrowed by kind and municipal year, by relevance or newest first, a
 * page at a time. Whatever is typed gets a page: an empty search asks for words, a year or page
 * that is not a number is ignored, and a query the engine cannot read says so.
 */
@Controller
class SearchController {

    private static final Logger log = LoggerFactory.getLogger(SearchController.class);

    private final SiteSearch search;

    SearchController(SiteSearch search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String meeting,
            @RequestParam(required = false) String theme,
            @RequestParam(required = false) String speaker,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String page,
            @ModelAttribute("dates") SearchDates dates,
            BindingResult errors,
            Model model) {
        String words = q == null ? "" : TypedText.oneLine(q).strip();
        if (words.length() > SiteSearch.LONGEST_QUERY) {
            words = words.substring(0, SiteSearch.LONGEST_QUERY);
            model.addAttribute("cut", true);
        }
        model.addAttribute("q", words);
        model.addAttribute("kind", blankToNull(kind));
        model.addAttribute("year", number(year));
        model.addAttribute("meeting", blankToNull(meeting));
        model.addAttribute("theme", blankToNull(theme));
        model.addAttribute("speaker", blankToNull(speaker));
        boolean newestFirst = "date".equals(sort);
        model.addAttribute("newestFirst", newestFirst);
        SearchDates.Range range = dates.range(errors);
        model.addAttribute("datesOpen", !dates.isBlank());

        Map<String, String> asked = new LinkedHashMap<>();
        put(asked, "q", words);
        put(asked, "kind", blankToNull(kind));
        put(asked, "year", number(year));
        put(asked, "meeting", blankToNull(meeting));
        put(asked, "theme", blankToNull(theme));
        put(asked, "speaker", blankToNull(speaker));
        put(asked, "sort", newestFirst ? "date" : null);
        asked.putAll(dates.parameters());
        model.addAttribute("links", new SearchLinks(asked));
        model.addAttribute(
                "filtered",
                kind != null
                        || year != null
                        || meeting != null
                        || theme != null
                        || speaker != null
                        || !dates.isBlank());
        if (words.isEmpty() || errors.hasErrors()) {
            return "search/results";
        }
        Integer pageAsked = number(page);
        int pageNumber = pageAsked == null || pageAsked < 1 ? 1 : Math.min(pageAsked, 500);
        try {
            SiteSearch.Results results = search.search(new SiteSearch.Query(
                    words,
                    blankToNull(kind),
                    number(year),
                    blankToNull(meeting),
                    blankToNull(theme),
                    blankToNull(speaker),
                    range.from(),
                    range.to(),
                    newestFirst,
                    pageNumber));
            model.addAttribute("results", results);
            model.addAttribute("page", Math.min(pageNumber, results.pages()));
        } catch (SearchException unreadable) {
            log.info("A search could not be read: {}", unreadable.getMessage());
            model.addAttribute("unreadable", true);
        }
        return "search/results";
    }

    private static void put(Map<String, String> asked, String name, Object value) {
        if (value != null && !String.valueOf(value).isEmpty()) {
            asked.put(name, String.valueOf(value));
        }
    }

    private static Integer number(String value) {
        if (value == null || !value.strip().matches("-?\\d{1,9}")) {
            return null;
        }
        return Integer.valueOf(value.strip());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank()
                ? null
                : TypedText.oneLine(value).strip();
    }
}
