package org.amity.flink.signal;

import java.util.ArrayList;
import java.util.List;
import org.amity.signal.DetectedAlert;
import org.amity.signal.Scope;
import org.amity.signal.daily.PartyTraffic;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by alert id: puts together what the pool says of an alert and its parties' great-power
 * counts (one answer per party of a country or dyad, none for a sea area or region), and emits the
 * alert with every column filled once all parts of one revision are in. Parts of a revision older
 * than one already emitted are dropped, so a continuous run never writes an older version after a
 * newer one.
 */
public final class AlertEvidence
    extends KeyedCoProcessFunction<Integer, PoolSummary, PartyCount, EvidencedAlert> {
  private static final long serialVersionUID = 1L;

  private transient MapState<Integer, PoolSummary> pools;
  private transient MapState<Integer, long[]> counts;
  private transient ValueState<Integer> emitted;

  @Override
  public void open(OpenContext context) {
    pools =
        getRuntimeContext()
            .getMapState(new MapStateDescriptor<>("pools", Types.INT, SignalTypes.POOL_SUMMARY));
    counts =
        getRuntimeContext()
            .getMapState(new MapStateDescriptor<>("party-counts", Integer.class, long[].class));
    emitted = getRuntimeContext().getState(new ValueStateDescriptor<>("emitted", Integer.class));
  }

  @Override
  public void processElement1(PoolSummary p, Context ctx, Collector<EvidencedAlert> out)
      throws Exception {
    pools.put(p.alert().revision(), p);
    complete(p.alert().revision(), out);
  }

  @Override
  public void processElement2(PartyCount c, Context ctx, Collector<EvidencedAlert> out)
      throws Exception {
    long[] n = counts.get(c.revision());
    if (n == null) {
      n = new long[3];
    }
    n[0]++;
    n[1] += c.all();
    n[2] += c.outside();
    counts.put(c.revision(), n);
    complete(c.revision(), out);
  }

  private void complete(int revision, Collector<EvidencedAlert> out) throws Exception {
    PoolSummary p = pools.get(revision);
    if (p == null) {
      return;
    }
    DetectedAlert a = p.alert().alert();
    int parties = p.alert().withdrawn() ? 0 : Scope.parties(a.scope(), a.subject()).size();
    long[] n = counts.get(revision);
    if ((n == null ? 0 : n[0]) < parties) {
      return;
    }
    Integer last = emitted.value();
    if (last == null || revision > last) {
      double share =
          PartyTraffic.outsideShare(n == null ? new long[] {0, 0} : new long[] {n[1], n[2]});
      out.collect(
          new EvidencedAlert(
              p,
              org.amity.signal.EvidenceDescription.ownsOutsideShare(a.scope())
                  ? p.areaShare()
                  : share));
      emitted.update(revision);
    }
    List<Integer> done = new ArrayList<>();
    pools.keys().forEach(done::add);
    counts.keys().forEach(done::add);
    for (Integer r : done) {
      if (r <= revision) {
        pools.remove(r);
        counts.remove(r);
      }
    }
  }
}
