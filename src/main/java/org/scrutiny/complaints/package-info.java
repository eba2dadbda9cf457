/**
 * Complaints about the conduct of the Police and Crime Commissioner and the Deputy, which the
 * panel handles (Police Reform and Social Responsibility Act 2011 s.31 and Sch 7; the Elected
 * Local Policing Bodies (Complaints and Misconduct) Regulations 2012): the public's form, the
 * register kept for the secretariat, the monitoring officer and a delegated handler, the recording
 * decision, referral to the IOPC, disapplication, withdrawal, informal resolution, the letters,
 * and the counts-only Review of Complaints report for the agenda. Nothing of a complaint reaches
 * a public page, a feed or an email update; the complainant's personal data is erased after the
 * retention period, the counts kept.
 */
@ApplicationModule(displayName = "Complaints")
package org.scrutiny.complaints;

import org.springframework.modulith.ApplicationModule;
