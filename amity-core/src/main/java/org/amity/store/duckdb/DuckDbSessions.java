package org.amity.store.duckdb;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;
import org.amity.access.Role;
import org.amity.access.SessionStore;
import org.amity.access.StoredSession;

/** The {@code sessions} table. */
final class DuckDbSessions implements SessionStore {
  private final AccessConnection db;

  DuckDbSessions(AccessConnection db) {
    this.db = db;
  }

  @Override
  public void open(StoredSession s, Instant now, String address) {
    db.write(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "INSERT INTO sessions (token_sha256, user_name, csrf_token, created_at,"
                      + " expires_at, ip) VALUES (?, ?, ?, ?, ?, ?)")) {
            p.setString(1, s.tokenSha256());
            p.setString(2, s.user());
            p.setString(3, s.csrfToken());
            p.setTimestamp(4, AccessConnection.utc(now));
            p.setTimestamp(5, AccessConnection.utc(s.expiresAt()));
            p.setString(6, address);
            p.executeUpdate();
          }
          // expired sessions are removed as new ones come, so the table stays small
          try (PreparedStatement p =
              c.prepareStatement("DELETE FROM sessions WHERE expires_at < ?")) {
            p.setTimestamp(1, AccessConnection.utc(now));
            p.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public Optional<StoredSession> find(String tokenSha256) {
    return db.read(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "SELECT s.user_name, u.role, s.csrf_token, s.expires_at FROM sessions s"
                      + " JOIN users u ON u.name = s.user_name"
                      + " WHERE s.token_sha256 = ? AND NOT u.disabled")) {
            p.setString(1, tokenSha256);
            try (ResultSet rs = p.executeQuery()) {
              if (!rs.next()) {
                return Optional.empty();
              }
              StoredSession s =
                  new StoredSession(
                      tokenSha256,
                      rs.getString(1),
                      Role.of(rs.getString(2)),
                      rs.getString(3),
                      AccessConnection.instant(rs.getTimestamp(4)));
              AccessConnection.drain(rs);
              return Optional.of(s);
            }
          }
        });
  }

  @Override
  public void close(String tokenSha256) {
    db.write(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement("DELETE FROM sessions WHERE token_sha256 = ?")) {
            p.setString(1, tokenSha256);
            return p.executeUpdate();
          }
        });
  }
}
