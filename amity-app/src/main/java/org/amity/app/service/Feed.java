package org.amity.app.service;

/** A job that follows a published feed, and so can say how far behind it the store is. */
public interface Feed extends Job {
  /** Minutes between the newest published file and the newest one stored; null before a poll. */
  Double lagMinutes();
}
