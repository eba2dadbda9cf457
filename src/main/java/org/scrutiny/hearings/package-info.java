/**
 * Confirmation hearings (Police Reform and Social Responsibility Act 2011, Schedules 1 and 8): the
 * Commissioner's proposed Chief Constable, Deputy, chief executive or chief finance officer, the
 * three-week deadline from receipt, the public hearing, the panel's recommendation (with a veto
 * for a Chief Constable candidate only, and not for the candidate proposed after a veto), and the
 * Commissioner's decision.
 */
@ApplicationModule(displayName = "Confirmation hearings")
package org.scrutiny.hearings;

import org.springframework.modulith.ApplicationModule;
