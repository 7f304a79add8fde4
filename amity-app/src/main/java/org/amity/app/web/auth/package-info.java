/**
 * Signing in and account management on the web server: roles as route markers (viewer reads;
 * analyst also acknowledges alerts and records notes and actions; admin also reads the audit log
 * and manages accounts), bcrypt password hashes, the password policy on every path that sets a
 * password, sessions behind an HttpOnly SameSite=Strict cookie, a synchronizer CSRF token on every
 * state-changing request, sign-in attempts admitted and counted by the store before the password is
 * checked, and the admins' users API. Storage is behind the interfaces of {@code org.amity.access};
 * this package holds no SQL.
 */
package org.amity.app.web.auth;
