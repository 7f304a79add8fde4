package org.amity.flink;

import java.util.List;
import org.amity.event.Event;
import org.amity.flink.source.ParsedLine;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * The signal half of the job: from the de-duplicated events to daily indicators, alerts and their
 * evidence. The job calls {@link #attach} once while it builds the graph and sinks every stream
 * returned; tables it returns no stream for are written empty, so readers still find them.
 */
public interface SignalStages {
  /**
   * Adds the signal operators downstream of {@code events}.
   *
   * @param events every stored event once (deduplicated by dataset and native id)
   * @param options the job's settings (detector configuration, watch set)
   * @return the streams to write, at most one per table ({@code indicator_days}, {@code alerts},
   *     {@code alert_evidence})
   */
  List<TableStream<?>> attach(DataStream<Event> events, JobOptions options);

  /**
   * As {@link #attach(DataStream, JobOptions)}, with the stored lines too, which say which file
   * each event came from (what the news coverage is judged on); by default they are not read.
   *
   * @param stored every stored event's line once, with its file
   */
  default List<TableStream<?>> attach(
      DataStream<Event> events, DataStream<ParsedLine> stored, JobOptions options) {
    return attach(events, options);
  }

  /** The stages the job runs. */
  static SignalStages standard() {
    return new org.amity.flink.signal.SignalJob();
  }
}
