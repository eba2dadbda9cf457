/**
 * Turning the panel's HTML pages into documents: accessible, tagged PDF (PDF/UA-1) with an
 * embedded font, made from the same templates as the web pages.
 */
@ApplicationModule(displayName = "Publishing")
package org.scrutiny.publishing;

import org.springframework.modulith.ApplicationModule;
