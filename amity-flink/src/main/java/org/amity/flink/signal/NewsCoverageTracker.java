package org.amity.flink.signal;

import java.util.ArrayList;
import java.util.List;
import org.amity.signal.daily.NewsCoverage;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The days all news files cover (one key): the union of every file's spans ({@link NewsFileDays}),
 * emitted as soon as a file's spans change, so that it reaches the scorer before the watermark that
 * judged them does.
 */
public final class NewsCoverageTracker extends KeyedProcessFunction<String, FileSpans, Coverage> {
  private static final long serialVersionUID = 1L;

  private transient MapState<Integer, Coverage> files;

  @Override
  public void open(OpenContext context) {
    files =
        getRuntimeContext()
            .getMapState(new MapStateDescriptor<>("files", Types.INT, SignalTypes.COVERAGE));
  }

  @Override
  public void processElement(FileSpans f, Context ctx, Collector<Coverage> out) throws Exception {
    files.put(f.file(), f.spans());
    List<NewsCoverage.Span> all = new ArrayList<>();
    for (Coverage c : files.values()) {
      all.addAll(c.news().spans());
    }
    out.collect(Coverage.of(NewsCoverage.of(all)));
  }
}
