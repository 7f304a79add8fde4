package org.amity.flink;

import org.amity.flink.source.ParsedLine;
import org.amity.flink.source.Serializers;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/** Sends events on and rejects to a side output (written to {@code OUT/rejects}). */
final class SplitRejects extends ProcessFunction<ParsedLine, ParsedLine> {
  private static final long serialVersionUID = 1L;

  static final OutputTag<ParsedLine> REJECTS = new OutputTag<>("rejects", Serializers.PARSED_LINE);

  @Override
  public void processElement(ParsedLine line, Context ctx, Collector<ParsedLine> out) {
    if (line.isEvent()) {
      out.collect(line);
    } else {
      ctx.output(REJECTS, line);
    }
  }
}
