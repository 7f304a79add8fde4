package org.amity.flink.signal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.amity.flink.source.ParsedLine;
import org.amity.signal.daily.NewsCoverage;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by file ({@link ParsedLine#ingestId}), the stored rows of a news file per event day; when
 * the watermark has passed new rows, the spans the file covers ({@link NewsCoverage#spansOfFile}),
 * emitted when they changed, as a news {@link Coverage} of that file alone.
 */
public final class NewsFileDays extends KeyedProcessFunction<Integer, ParsedLine, FileSpans> {
  private static final long serialVersionUID = 1L;

  private final WatchSettings settings;
  private transient MapState<LocalDate, Long> rows;
  private transient ValueState<Long> judgedAt;
  private transient ValueState<Coverage> last;

  public NewsFileDays(WatchSettings settings) {
    this.settings = settings;
  }

  @Override
  public void open(OpenContext context) {
    rows =
        getRuntimeContext()
            .getMapState(new MapStateDescriptor<>("rows", SignalTypes.LOCAL_DATE, Types.LONG));
    judgedAt = getRuntimeContext().getState(new ValueStateDescriptor<>("judged-at", Long.class));
    last =
        getRuntimeContext()
            .getState(new ValueStateDescriptor<>("file-spans", SignalTypes.COVERAGE));
  }

  @Override
  public void processElement(ParsedLine p, Context ctx, Collector<FileSpans> out) throws Exception {
    LocalDate day = p.event().eventDate();
    Long before = rows.get(day);
    rows.put(day, (before == null ? 0 : before) + 1);
    ctx.timerService()
        .registerEventTimeTimer(
            settings.due(Long.MIN_VALUE, ctx.timerService().currentWatermark()));
  }

  @Override
  public void onTimer(long time, OnTimerContext ctx, Collector<FileSpans> out) throws Exception {
    long watermark = ctx.timerService().currentWatermark();
    if (judgedAt.value() != null && judgedAt.value() == watermark) {
      return; // several timers fire on one watermark: judge once
    }
    judgedAt.update(watermark);
    TreeMap<LocalDate, Long> days = new TreeMap<>();
    for (var e : rows.entries()) {
      days.put(e.getKey(), e.getValue());
    }
    List<NewsCoverage.Span> spans = NewsCoverage.spansOfFile(days);
    Coverage now = Coverage.of(new NewsCoverage(spans));
    Coverage before = last.value();
    if (before == null
        || !Arrays.equals(before.newsFirst(), now.newsFirst())
        || !Arrays.equals(before.newsLast(), now.newsLast())) {
      last.update(now);
      out.collect(new FileSpans(ctx.getCurrentKey(), now));
    }
  }
}
