package org.amity.flink.signal;

import org.amity.event.Event;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/** Keyed by (dataset, native id): lets the first event of each key through. */
final class FirstOfEach extends KeyedProcessFunction<String, Event, Event> {
  private static final long serialVersionUID = 1L;
  private transient ValueState<Boolean> seen;

  @Override
  public void open(OpenContext context) {
    seen = getRuntimeContext().getState(new ValueStateDescriptor<>("seen", Boolean.class));
  }

  @Override
  public void processElement(Event e, Context ctx, Collector<Event> out) throws Exception {
    if (seen.value() == null) {
      seen.update(true);
      out.collect(e);
    }
  }
}
