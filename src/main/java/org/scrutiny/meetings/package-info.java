/**
 * Meetings of the panel and the work programme ("meeting dates and agenda plan"): dates, kinds,
 * venues, status and its history, the items planned for each meeting, and the standing items
 * every ordinary meeting carries. Publishes meetings as iCalendar.
 */
@ApplicationModule(displayName = "Meetings")
package org.scrutiny.meetings;

import org.springframework.modulith.ApplicationModule;
