import java.sql.*;
public class Q {
  public static void main(String[] a) throws Exception {
    Class.forName("org.duckdb.DuckDBDriver");
    java.util.Properties p = new java.util.Properties(); p.setProperty("duckdb.read_only","true");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + a[0], p); Statement s = c.createStatement()) {
      for (int k = 1; k < a.length; k++) {
        try (ResultSet r = s.executeQuery(a[k])) {
          int n = r.getMetaData().getColumnCount();
          StringBuilder h = new StringBuilder();
          for (int i = 1; i <= n; i++) h.append(i>1?"\t":"").append(r.getMetaData().getColumnName(i));
          System.out.println(h);
          while (r.next()) { StringBuilder b = new StringBuilder();
            for (int i = 1; i <= n; i++) b.append(i>1?"\t":"").append(r.getString(i));
            System.out.println(b); }
        }
      }
    }
  }
}
