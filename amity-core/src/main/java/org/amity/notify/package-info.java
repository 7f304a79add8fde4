/**
 * Notifications: analysts follow subjects (a country, a dyad, a sea area), and every alert that is
 * new at warning level or above, or escalates to a higher level, on a followed subject becomes one
 * {@link org.amity.notify.Notification} per follower. The watch drives it ({@link
 * org.amity.notify.NotificationRound} after each watch): notifications are recorded once (the store
 * keys them by user, alert and level), read as a per-user Atom feed reached by a revocable token,
 * and, for users who set a webhook, POSTed as JSON with retries and backoff, every attempt recorded
 * so that a restart never delivers twice.
 */
package org.amity.notify;
