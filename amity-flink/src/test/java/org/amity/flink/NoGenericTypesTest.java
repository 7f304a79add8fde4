package org.amity.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.amity.store.duckdb.ParquetOutputs;
import org.amity.testing.TestData;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing the event path of the job (source, rejects, de-duplication, the events and rejects sinks)
 * sends between operators or keeps in state falls back to Flink's generic (Kryo) serialization,
 * which is slower and cannot rebuild the core's immutable lists: with generic types switched off,
 * that path still runs. (The signal stages' records still hold {@code LocalDate}s, which Flink's
 * record analysis hands to Kryo.)
 */
class NoGenericTypesTest {
  @TempDir Path dir;

  @Test
  void theEventPathRunsWithGenericTypesSwitchedOff() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(TestData.file(JobFolders.SAMPLE), in.resolve("sample.export.CSV"));
    Path out = dir.resolve("out");
    JobOptions options = JobFolders.options(in, out, 1, "--until", "sink");
    StreamExecutionEnvironment env = JobEnvironment.create(options);
    Configuration noKryo = new Configuration();
    noKryo.set(PipelineOptions.GENERIC_TYPES, false);
    env.configure(noKryo);
    assertThat(env.getConfig().getSerializerConfig().hasGenericTypesDisabled()).isTrue();

    List<String> written = AmityPipeline.build(env, options, SignalStages.standard());
    env.execute("no generic types");

    assertThat(written).containsExactly("events", "rejects");
    assertThat(ParquetOutputs.rows(out.resolve("events"))).isEqualTo(100);
  }
}
