/**
 * The panel's own annual report for a municipal year: every figure counted from the records the
 * other modules hold (meetings, attendance, reports, recommendations, public questions, complaints,
 * the precept and confirmation hearings, the work programme), with the Chair's foreword and the
 * narrative typed by the secretariat. A page and a tagged PDF for the public, and the paper under
 * the AGM's item for it. Complaints appear as counts only.
 */
@ApplicationModule(displayName = "Annual report")
package org.scrutiny.annualreport;

import org.springframework.modulith.ApplicationModule;
