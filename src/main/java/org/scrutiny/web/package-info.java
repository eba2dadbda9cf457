/**
 * The web shell: the layout every page shares, the home page, the accessibility statement and
 * cookies pages, the signed-in user's account page, and the error pages.
 */
@ApplicationModule(displayName = "Web shell")
package org.scrutiny.web;

import org.springframework.modulith.ApplicationModule;
