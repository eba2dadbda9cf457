/**
 * Open data: everything public as an OParl 1.1 API, a bulk download of the whole public record,
 * and a page that explains them. Modules offer what they publish as
 * {@link org.scrutiny.opendata.OParlObject objects} through
 * {@link org.scrutiny.opendata.OpenDataSources}; this module keeps a table of them, noting when each
 * was first published, when it last changed and when it stopped being published, and serves it.
 * Nothing personal of a member of the public is offered, nor any complaint.
 */
@ApplicationModule(displayName = "Open data")
package org.scrutiny.opendata;

import org.springframework.modulith.ApplicationModule;
