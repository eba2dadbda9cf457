package org.scrutiny.search.web;

import org.scrutiny.search.domain.SearchIndex;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * For the administrator: how many documents the search holds in the table and in this node's
 * index, and a rebuild of the index from the table on demand, with its progress.
 */
@Controller
class SearchAdminController {

    private final SearchIndex index;

    SearchAdminController(SearchIndex index) {
        this.index = index;
    }

    @GetMapping("/admin/search")
    String page(Model model) {
        model.addAttribute("table", index.tableCount());
        model.addAttribute("indexed", index.indexedCount());
        model.addAttribute("backend", index.backend());
        model.addAttribute("waiting", index.waiting());
        model.addAttribute("rebuild", index.lastRebuild().orElse(null));
        return "search/admin";
    }

    @PostMapping("/admin/search/rebuild")
    String rebuild(RedirectAttributes redirect) {
        index.rebuild();
        redirect.addFlashAttribute("flash", "The search index is being rebuilt. The search keeps answering meanwhile.");
        return "redirect:/admin/search";
    }
}
