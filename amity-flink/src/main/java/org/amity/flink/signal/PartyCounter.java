package org.amity.flink.signal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.amity.signal.daily.PartyTraffic;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.util.Collector;

/**
 * Keyed by country: counts the country's reports as a side ({@link PartyTraffic}: per day and pair
 * of sides, a few hundred entries a day even for a great power) and answers the alerts' requests
 * for outside great-power involvement once the watermark has passed them, each party over the
 * reports it is the first party of, so that a dyad's two answers add up to its count. In continuous
 * mode days more than {@link WatchSettings#evidenceDays()} behind the watermark are let go.
 */
public final class PartyCounter extends DayBoundedKeeper<PartyReport, PartyRequest, PartyCount> {
  private static final long serialVersionUID = 1L;

  private transient Set<String> greatPowers;
  private transient MapState<PartyTraffic, Long> traffic;

  public PartyCounter(WatchSettings settings) {
    super(settings, "traffic-days", SignalTypes.PARTY_REQUEST);
  }

  @Override
  void openKept() {
    greatPowers = settings.options().greatPowers();
    traffic =
        getRuntimeContext()
            .getMapState(
                new MapStateDescriptor<>("traffic", SignalTypes.PARTY_TRAFFIC, Types.LONG));
  }

  @Override
  LocalDate keep(PartyReport r) throws Exception {
    Long before = traffic.get(r.traffic());
    traffic.put(r.traffic(), before == null ? 1 : before + 1);
    return r.traffic().day();
  }

  @Override
  void answer(List<PartyRequest> requests, OnTimerContext ctx, Collector<PartyCount> out)
      throws Exception {
    for (PartyRequest q : requests) {
      long[] n =
          PartyTraffic.greatPowerCounts(
              traffic.entries(),
              List.of(q.parties().split(",")),
              q.party(),
              q.from(),
              q.to(),
              greatPowers);
      out.collect(new PartyCount(q.id(), q.revision(), n[0], n[1]));
    }
  }

  @Override
  void forget(Set<LocalDate> old) throws Exception {
    List<PartyTraffic> gone = new ArrayList<>();
    for (PartyTraffic t : traffic.keys()) {
      if (old.contains(t.day())) {
        gone.add(t);
      }
    }
    for (PartyTraffic t : gone) {
      traffic.remove(t);
    }
  }
}
