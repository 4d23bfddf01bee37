// The outbox, relayed messages and alert subscriptions (package messages): every node is found by its id;
// the sender looks for what is due (status, nextAttemptAt) and what was left sending (status, takenAt);
// editors list an authority's failed emails (dataset, status); retention and the daily limits look at when
// things were written and delivered; a refused address marks the subscriptions with that email; an alert
// looks for the subscriptions of a partnership or district (target).
CREATE CONSTRAINT outbox_email_id IF NOT EXISTS FOR (e:OutboxEmail) REQUIRE e.id IS UNIQUE;
CREATE INDEX outbox_email_due IF NOT EXISTS FOR (e:OutboxEmail) ON (e.status, e.nextAttemptAt);
CREATE INDEX outbox_email_taken IF NOT EXISTS FOR (e:OutboxEmail) ON (e.status, e.takenAt);
CREATE INDEX outbox_email_dataset IF NOT EXISTS FOR (e:OutboxEmail) ON (e.dataset, e.status);
CREATE INDEX outbox_email_about IF NOT EXISTS FOR (e:OutboxEmail) ON (e.about);
CREATE CONSTRAINT relay_message_id IF NOT EXISTS FOR (r:RelayMessage) REQUIRE r.id IS UNIQUE;
CREATE INDEX relay_message_created IF NOT EXISTS FOR (r:RelayMessage) ON (r.createdAt);
CREATE INDEX relay_message_delivered IF NOT EXISTS FOR (r:RelayMessage) ON (r.deliveredAt);
CREATE CONSTRAINT alert_subscription_id IF NOT EXISTS FOR (s:AlertSubscription) REQUIRE s.id IS UNIQUE;
CREATE INDEX alert_subscription_email IF NOT EXISTS FOR (s:AlertSubscription) ON (s.email);
CREATE INDEX alert_subscription_target IF NOT EXISTS FOR (s:AlertSubscription) ON (s.target);
CREATE INDEX alert_subscription_created IF NOT EXISTS FOR (s:AlertSubscription) ON (s.createdAt);
