// Scratch (issue 14, twenty-second round): the quiet stretches (all members' news volume down for
// 7-21 days; chronic trouble and episodes are not scaled) and the decoys of simulated runs, from the
// plan alone (nothing is written). Run from the repository root:
//   java -cp JAR tools/signals/QuietOf.java DAYS SEED[,SEED...]
import java.time.LocalDate;
import org.amity.simulate.*;

public class QuietOf {
  public static void main(String[] a) {
    int days = Integer.parseInt(a[0]);
    for (String s : a[1].split(",")) {
      Truth t = new ScenarioSimulator(GdeltProfile.standard(), SimulationSettings.of(days, Long.parseLong(s), LocalDate.parse("2025-01-01"), SimulationSettings.DEFAULT_ROWS_PER_DAY, null, null)).plannedTruth();
      for (QuietStretch q : t.quiet()) System.out.println("seed " + s + " days " + days + " quiet " + q.start() + ".." + q.end() + " x" + q.factor());
    }
  }
}
