/**
 * The agenda itself: the notice rules and the dates they give, the agenda aggregate and the
 * service that builds and publishes it. Open to the papers module as a named interface, since the
 * papers hang on the agenda's items and the pack sets the agenda out in full; no other module uses
 * it, and nothing here knows the papers.
 */
@NamedInterface("domain")
package org.scrutiny.agenda.domain;

import org.springframework.modulith.NamedInterface;
