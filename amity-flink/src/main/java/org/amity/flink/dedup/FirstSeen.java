package org.amity.flink.dedup;

import org.amity.flink.source.ParsedLine;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keeps the first event of each (dataset, native id) and drops the rest, as the embedded store's
 * anti-join does. Keyed by {@link DedupKey} (a long): for a numeric id the key is the id itself and
 * the state one flag; for a hashed key the state is the set of full (dataset, id) keys that share
 * the hash, so two ids that collide are still told apart. The state lives for the life of the job
 * (a duplicate may come years later in a backfill) and is checkpointed with the rest, so a restart
 * neither forgets a key nor lets one through twice.
 *
 * <p>Which copy is first: within a file, the first line (the reader emits lines in order); across
 * files, the file read first. With parallelism 1 the source reads files in the order it lists them;
 * with more readers two files holding the same id may be read in either order.
 */
public final class FirstSeen extends KeyedProcessFunction<Long, ParsedLine, ParsedLine> {
  private static final long serialVersionUID = 1L;

  private transient ValueState<Boolean> seen;
  private transient MapState<String, Boolean> seenHashed;
  private transient Counter duplicates;

  /** The key the job partitions events by before this function. */
  public static long keyOf(ParsedLine line) {
    return DedupKey.of(line.event());
  }

  @Override
  public void open(OpenContext context) {
    seen = getRuntimeContext().getState(new ValueStateDescriptor<>("seen", Types.BOOLEAN));
    seenHashed =
        getRuntimeContext()
            .getMapState(new MapStateDescriptor<>("seen-hashed", Types.STRING, Types.BOOLEAN));
    duplicates = getRuntimeContext().getMetricGroup().counter("duplicates");
  }

  @Override
  public void processElement(ParsedLine line, Context ctx, Collector<ParsedLine> out)
      throws Exception {
    if (DedupKey.isHashed(ctx.getCurrentKey())) {
      String full = DedupKey.full(line.event());
      if (seenHashed.contains(full)) {
        duplicates.inc();
        return;
      }
      seenHashed.put(full, Boolean.TRUE);
    } else {
      if (seen.value() != null) {
        duplicates.inc();
        return;
      }
      seen.update(Boolean.TRUE);
    }
    out.collect(line);
  }
}
