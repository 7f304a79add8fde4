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
 * Nothing the job sends between operators or keeps in state falls back to Flink's generic (Kryo)
 * serialization, which is slower and cannot rebuild the core's immutable lists: with generic types
 * switched off, the whole job (source, rejects, de-duplication, the signal stages with their state,
 * every sink) is built and runs to the end on the real GDELT 2.0 file, in continuous mode's stages
 * too (their day-bounded state).
 */
class NoGenericTypesTest {
  @TempDir Path dir;

  @Test
  void theWholeJobRunsWithGenericTypesSwitchedOff() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(TestData.file(JobFolders.GDELT2), in.resolve("20161013151500.export.CSV"));
    Path out = dir.resolve("out");
    JobOptions options = JobFolders.options(in, out, 1);
    StreamExecutionEnvironment env = withoutGenericTypes(options);

    List<String> written = AmityPipeline.build(env, options, SignalStages.standard());
    env.execute("no generic types");

    assertThat(written).containsExactlyElementsOf(AmityPipeline.TABLES);
    assertThat(ParquetOutputs.rows(out.resolve("events"))).isEqualTo(3_566);
    assertThat(ParquetOutputs.rows(out.resolve("indicator_days"))).isPositive();
  }

  @Test
  void theContinuousJobIsBuiltWithGenericTypesSwitchedOff() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    JobOptions options = JobFolders.options(in, dir.resolve("out"), 1, "--continuous");
    StreamExecutionEnvironment env = withoutGenericTypes(options);

    AmityPipeline.build(env, options, SignalStages.standard());

    // building the graph analyses every stage's output type: a generic one fails here
    assertThat(env.getStreamGraph().getStreamNodes()).hasSizeGreaterThan(10);
  }

  private static StreamExecutionEnvironment withoutGenericTypes(JobOptions options) {
    StreamExecutionEnvironment env = JobEnvironment.create(options);
    Configuration noKryo = new Configuration();
    noKryo.set(PipelineOptions.GENERIC_TYPES, false);
    env.configure(noKryo);
    assertThat(env.getConfig().getSerializerConfig().hasGenericTypesDisabled()).isTrue();
    return env;
  }
}
