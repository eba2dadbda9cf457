/**
 * The Commissioner's Police and Crime Plan (PRSRA 2011 s.7): its themes and the deliverables the
 * office keeps up to date, each change of status with its dated note; the Commissioner's decisions
 * register and the key decisions expected, which the secretariat can put on the work programme;
 * and the forward plan the office reports to each meeting, drafted from the deliverables due in
 * the coming months. Kept by the office, read by the panel and the public.
 */
@ApplicationModule(displayName = "Police and Crime Plan")
package org.scrutiny.plan;

import org.springframework.modulith.ApplicationModule;
