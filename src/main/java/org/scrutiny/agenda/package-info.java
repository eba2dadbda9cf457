/**
 * Agendas and their publication. So far: the panel's notice rules (clear working days before a
 * meeting, the public question deadline) and the statutory dates they give each meeting.
 */
@ApplicationModule(displayName = "Agenda")
package org.scrutiny.agenda;

import org.springframework.modulith.ApplicationModule;
