/**
 * What every module may use: the clock, the municipal year, the audit trail's revision entity,
 * the database bootstrap and small helpers for GOV.UK-style forms.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.scrutiny.shared;

import org.springframework.modulith.ApplicationModule;
