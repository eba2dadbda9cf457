/**
 * The agenda: the panel's notice rules and the statutory dates they give each meeting
 * (publication, the public question deadline), and the agenda built from the work programme, with
 * exempt items and its publication. The papers that go with it (reports, uploaded files, the
 * published versions and the pack) are the papers module's, which depends on this one.
 */
@ApplicationModule(displayName = "Agenda")
package org.scrutiny.agenda;

import org.springframework.modulith.ApplicationModule;
