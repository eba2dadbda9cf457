/**
 * Email updates for the public: sign-up with double opt-in to new agendas, new minutes, one
 * meeting's changes, recommendations and responses, and topics (the Police and Crime Plan's
 * themes or free keywords matched against published titles); alerts raised by the events other
 * modules publish, sent to each matching subscriber through the mail outbox with one-click
 * unsubscribe; unconfirmed sign-ups erased after a few days.
 */
@ApplicationModule(displayName = "Email updates")
package org.scrutiny.subscriptions;

import org.springframework.modulith.ApplicationModule;
