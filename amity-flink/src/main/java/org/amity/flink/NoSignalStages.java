package org.amity.flink;

import java.util.List;
import org.amity.event.Event;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * Placeholder until the signal stages land: computes nothing, so the job writes events and rejects
 * and leaves the signal tables empty.
 */
final class NoSignalStages implements SignalStages {
  @Override
  public List<TableStream<?>> attach(DataStream<Event> events, JobOptions options) {
    return List.of();
  }
}
