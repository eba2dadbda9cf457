/**
 * Questions and statements from the public: submitted for an upcoming meeting against the
 * panel's deadline (late ones kept for the Chair's discretion), acknowledged by email, moderated
 * by the secretariat, shown under the meeting's public-questions item and answered orally or in
 * writing; the questioner's personal data is erased after the retention period.
 */
@ApplicationModule(displayName = "Public questions")
package org.scrutiny.questions;

import org.springframework.modulith.ApplicationModule;
