/**
 * The agenda's papers: reports written by the OPCC or the secretariat, uploaded papers and their
 * accessible versions, each published version of an agenda with its PDFs and the agenda pack,
 * kept and served by a stable address, and the agenda pages that show the agenda with its papers.
 * Other modules add generated papers to a standing item through {@link
 * org.scrutiny.papers.ItemPapers}. Depends on the agenda (through its {@code domain} interface);
 * the agenda does not know this module, and hears of nothing from it.
 */
@ApplicationModule(displayName = "Papers")
package org.scrutiny.papers;

import org.springframework.modulith.ApplicationModule;
