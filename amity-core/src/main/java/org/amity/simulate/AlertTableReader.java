package org.amity.simulate;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.amity.store.StoreException;

/**
 * Reads the alerts from the store's {@code alerts} table (schema V030__signals.sql), leaving out
 * alerts a later watch withdrew (no longer supported by the data or by the configured detectors).
 */
public final class AlertTableReader {
  private AlertTableReader() {}

  public static List<AlertRecord> read(Connection connection) {
    String sql =
        "SELECT id, scope, subject, indicator, level, peak_level, opened, closed FROM alerts"
            + " WHERE status <> 'withdrawn' ORDER BY opened, id";
    List<AlertRecord> out = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        Date closed = rs.getDate(8);
        out.add(
            new AlertRecord(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getDate(7).toLocalDate(),
                closed == null ? null : closed.toLocalDate()));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read alerts: " + e.getMessage(), e);
    }
    return out;
  }
}
