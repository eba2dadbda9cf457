/**
 * Agendas and their papers: the panel's notice rules and the statutory dates they give each meeting
 * (publication, the public question deadline); the agenda built from the work programme, with exempt
 * items; reports written by the OPCC or the secretariat, and uploaded papers; each published
 * version of the agenda, its PDFs and the agenda pack, kept and served by a stable address.
 */
@ApplicationModule(displayName = "Agenda")
package org.scrutiny.agenda;

import org.springframework.modulith.ApplicationModule;
