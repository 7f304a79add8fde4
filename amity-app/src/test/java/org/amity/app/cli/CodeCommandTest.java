package org.amity.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.amity.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeCommandTest {
  static {
    // logback reports its own start-up on stdout; let it do so before stdout is captured
    org.slf4j.LoggerFactory.getLogger(CodeCommandTest.class);
  }

  @TempDir Path dir;

  /** Runs the CLI; returns exit code and stdout. */
  private Object[] run(String... args) {
    PrintStream old = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      int code = AmityCommand.commandLine().execute(args);
      return new Object[] {code, out.toString(StandardCharsets.UTF_8)};
    } finally {
      System.setOut(old);
    }
  }

  /**
   * The arguments that code one story holding {@code text} with the dictionaries {@code v.txt} and
   * {@code a.txt} of the test's folder, without the supplement or classes, as JSON (a list options
   * may be added to).
   */
  private List<String> codingOneSentence(String text) throws Exception {
    Path input = dir.resolve("in.jsonl");
    Files.writeString(input, "{\"id\":\"1\",\"date\":\"2024-01-02\",\"text\":\"" + text + "\"}\n");
    return new ArrayList<>(
        List.of(
            "code",
            "--dict",
            dir.resolve("v.txt").toString(),
            dir.resolve("a.txt").toString(),
            "--no-supplement",
            "--no-classes",
            "--input",
            input.toString(),
            "--json"));
  }

  /** The JSON {@code amity code} prints with {@code args}. */
  private JsonNode json(List<String> args) throws Exception {
    return Json.MAPPER.readTree((String) run(args.toArray(String[]::new))[1]);
  }

  private List<String> dictionary() throws Exception {
    Files.writeString(dir.resolve("v.txt"), "--- CONDEMN [122] ---\nCONDEMN\n");
    Files.writeString(dir.resolve("a.txt"), "VALDORIA_ [VAL]\nMERVAL_ [MRV]\n");
    return List.of("--dict", dir.resolve("v.txt").toString(), dir.resolve("a.txt").toString());
  }

  @Test
  void codesStoriesAndReportsBadLines() throws Exception {
    Path input = dir.resolve("in.jsonl");
    Files.writeString(
        input,
        "{\"id\":\"1\",\"date\":\"2024-01-02\",\"text\":\"Valdoria condemned Merval.\"}\n"
            + "{\"id\":\"2\",\"text\":\"no date\"}\n");
    List<String> args = new ArrayList<>(List.of("code"));
    args.addAll(dictionary());
    args.addAll(List.of("--no-supplement", "--input", input.toString(), "--json"));
    Object[] r = run(args.toArray(String[]::new));
    assertThat(r[0]).isEqualTo(0);
    JsonNode json = Json.MAPPER.readTree((String) r[1]);
    assertThat(json.get("events").asInt()).isEqualTo(1);
    assertThat(json.get("rejected").asInt()).isEqualTo(1);
    assertThat(json.get("rejects").get(0).get("line").asInt()).isEqualTo(2);
    JsonNode e = json.get("eventList").get(0);
    assertThat(e.get("sourceActor").asText()).isEqualTo("VAL");
    assertThat(e.get("eventCode").asText()).isEqualTo("122");
    assertThat(e.get("sentence").asText()).isEqualTo("Valdoria condemned Merval.");
    assertThat(e.get("quadClass").asInt()).isEqualTo(3);
    assertThat(e.get("fiveWayClass").asText()).isEqualTo("verbal conflict");
    assertThat(json.get("byClass").get("verbal conflict").asInt()).isEqualTo(1);
  }

  @Test
  void reportedSpeechGivesTheTransformedEventWithTheReportedOneWhenTurnedOn() throws Exception {
    Files.writeString(
        dir.resolve("v.txt"),
        "--- SAY [010] ---\nSAY {SAID SAYS}\n--- FIGHT [190] ---\nATTACK\n"
            + "~ a (b . ATTACK) SAY = a b 112\n");
    Files.writeString(dir.resolve("a.txt"), "VALDORIA_ [VAL]\nMERVAL_ [MRV]\nKESTREL_ [KST]\n");
    List<String> args = codingOneSentence("Valdoria said Merval attacked Kestrel.");
    args.add("--transformations");
    JsonNode on = json(args);
    JsonNode e = on.get("eventList").get(0);
    assertThat(e.get("sourceActor").asText() + " " + e.get("targetActor").asText())
        .isEqualTo("VAL MRV");
    assertThat(e.get("eventCode").asText()).isEqualTo("112");
    assertThat(e.get("reported").get("eventCode").asText()).isEqualTo("190");
    assertThat(e.get("reported").get("targetActor").asText()).isEqualTo("KST");
    assertThat(e.get("gloss").asText())
        .isEqualTo("Valdoria → Merval: accuses (reported: Merval attacked Kestrel)");
    args.remove("--transformations"); // off by default
    JsonNode off = json(args);
    JsonNode plain = off.get("eventList").get(0);
    assertThat(plain.get("sourceActor").asText()).isEqualTo("MRV");
    assertThat(plain.get("eventCode").asText()).isEqualTo("190");
    assertThat(plain.has("reported")).isFalse();
    args.add("--no-transformations");
    JsonNode negated = json(args);
    assertThat(negated.get("eventList").get(0).get("eventCode").asText()).isEqualTo("190");
  }

  @Test
  void aDisconnectedActorPhraseIsReadByDefaultAndNotWhenTurnedOff() throws Exception {
    Files.writeString(dir.resolve("v.txt"), "--- CONDEMN [122] ---\nCONDEMN\n");
    Files.writeString(
        dir.resolve("a.txt"), "VALDORIA_ [VAL]\nVALDORIA TELEVISION [VALTV]\nMERVAL_ [MRV]\n");
    List<String> args = codingOneSentence("Merval condemned Valdoria state-run television.");
    JsonNode on = json(args);
    assertThat(on.get("eventList").get(0).get("targetActor").asText()).isEqualTo("VALTV");
    args.add("--no-disconnected-actors");
    JsonNode off = json(args);
    assertThat(off.get("eventList").get(0).get("targetActor").asText()).isEqualTo("VAL");
    args.set(args.size() - 1, "--disconnected-actors");
    JsonNode said = json(args);
    assertThat(said.get("eventList").get(0).get("targetActor").asText()).isEqualTo("VALTV");
  }

  @Test
  void givesEverySentenceAClassAndSaysWhichModelGaveIt() throws Exception {
    Path input = dir.resolve("in.jsonl");
    Files.writeString(
        input,
        "{\"id\":\"1\",\"date\":\"2024-01-02\",\"text\":\"Valdoria condemned Merval. Crowds"
            + " condemned the vote.\"}\n");
    Path train = dir.resolve("train.tsv");
    Files.writeString(
        train, "Valdoria condemned Merval.\t3\nCrowds condemned the plan.\t3\nThey met.\t1\n");
    List<String> args = new ArrayList<>(List.of("code"));
    args.addAll(dictionary());
    args.addAll(
        List.of(
            "--no-supplement",
            "--input",
            input.toString(),
            "--train",
            train.toString(),
            "--all-sentences",
            "--json"));
    Object[] r = run(args.toArray(String[]::new));
    assertThat(r[0]).isEqualTo(0);
    JsonNode json = Json.MAPPER.readTree((String) r[1]);
    JsonNode classes = json.get("sentenceClasses");
    assertThat(classes.get("model").asText()).contains("3 labelled sentences of " + train);
    assertThat(classes.get("coverage").asDouble()).isEqualTo(1.0);
    assertThat(json.get("eventList")).hasSize(2);
    JsonNode noEvent = json.get("eventList").get(1);
    assertThat(noEvent.get("event").asBoolean()).isFalse();
    assertThat(noEvent.get("sentenceClass").asText()).isEqualTo("verbal conflict");
  }

  @Test
  void theSecondRunReadsTheFiveWayModelFromTheCacheUnlessTold() throws Exception {
    Path input = dir.resolve("in.jsonl");
    Files.writeString(
        input, "{\"id\":\"1\",\"date\":\"2024-01-02\",\"text\":\"Valdoria condemned Merval.\"}\n");
    Path train = dir.resolve("train-twice.tsv");
    Files.writeString(train, "Valdoria condemned Merval.\t3\nThey met in " + dir + ".\t1\n");
    List<String> args = new ArrayList<>(List.of("code"));
    args.addAll(dictionary());
    args.addAll(
        List.of("--no-supplement", "--input", input.toString(), "--train", train.toString()));
    List<String> json = new ArrayList<>(args);
    json.add("--json");
    String first =
        Json.MAPPER
            .readTree((String) run(json.toArray(String[]::new))[1])
            .get("sentenceClasses")
            .get("model")
            .asText();
    String second =
        Json.MAPPER
            .readTree((String) run(json.toArray(String[]::new))[1])
            .get("sentenceClasses")
            .get("model")
            .asText();
    json.add("--no-model-cache");
    String fresh =
        Json.MAPPER
            .readTree((String) run(json.toArray(String[]::new))[1])
            .get("sentenceClasses")
            .get("model")
            .asText();
    assertThat(first).doesNotContain("read from the cache");
    assertThat(second).contains("read from the cache");
    assertThat(fresh).doesNotContain("read from the cache");
  }

  @Test
  void ingestsTextIntoTheStore() throws Exception {
    Path input = dir.resolve("in.jsonl");
    Files.writeString(
        input,
        "{\"id\":\"1\",\"date\":\"2024-01-02\",\"text\":\"Valdoria condemned Merval.\"}\n{oops\n");
    List<String> args = new ArrayList<>(List.of("ingest", "text", input.toString()));
    args.addAll(dictionary());
    args.addAll(List.of("--db", dir.resolve("t.duckdb").toString(), "--json"));
    Object[] r = run(args.toArray(String[]::new));
    assertThat(r[0]).isEqualTo(0);
    JsonNode json = Json.MAPPER.readTree((String) r[1]);
    assertThat(json.get("accepted").asInt()).isEqualTo(1);
    assertThat(json.get("rejected").asInt()).isEqualTo(1);
    assertThat(json.get("events").asInt()).isEqualTo(1);
    assertThat(json.get("byClass").get("verbal conflict").asInt()).isEqualTo(1);
    Object[] stats = run("stats", "--db", dir.resolve("t.duckdb").toString(), "--json");
    assertThat(Json.MAPPER.readTree((String) stats[1]).get("datasets").get("text").asInt())
        .isEqualTo(1);
  }

  @Test
  void missingInputIsBadUsage() throws Exception {
    List<String> args = new ArrayList<>(List.of("code"));
    args.addAll(dictionary());
    assertThat(run(args.toArray(String[]::new))[0]).isEqualTo(2);
  }

  @Test
  void evaluatesTheUnitTestRecordsAsJson() throws Exception {
    Path records = TestData.file("petrarch-validation/PETR.UnitTest.records.xml");
    Path d = TestData.file("petrarch2-dictionaries");
    Object[] r =
        run(
            "code",
            "evaluate",
            "--dict",
            d.resolve("PETR.Validate.verbs.txt").toString(),
            d.resolve("PETR.Validate.actors.txt").toString(),
            d.resolve("PETR.Validate.agents.txt").toString(),
            d.resolve("PETR.Validate.discards.txt").toString(),
            "--no-supplement",
            "--records",
            records.toString(),
            "--json");
    assertThat(r[0]).isEqualTo(0);
    assertThat((String) r[1]).startsWith("{");
    JsonNode json = Json.MAPPER.readTree((String) r[1]);
    assertThat(json.get("sentences").asInt()).isEqualTo(284);
    assertThat(json.get("exactRate").asDouble()).isGreaterThanOrEqualTo(0.8);
    assertThat(json.get("byCategory").get("COMPOUND").get("expected").asInt()).isPositive();
    assertThat(json.has("falsePositives")).isTrue();
  }

  @Test
  void scoresFiveWayClassesAsJson() throws Exception {
    Path f = Files.createTempFile("classes", ".tsv");
    Files.writeString(
        f,
        "Government troops attacked rebel positions near the border.\t4\n"
            + "The president praised the peace agreement.\tverbal cooperation\n"
            + "no label here\n");
    Object[] r =
        run(
            "code",
            "evaluate",
            "--classes",
            f.toString(),
            "--policy",
            "rules",
            "--train",
            f.resolveSibling("none.tsv").toString(),
            "--json");
    assertThat(r[0]).isEqualTo(0);
    JsonNode json = Json.MAPPER.readTree((String) r[1]);
    assertThat(json.get("sentences").asInt()).isEqualTo(2);
    assertThat(json.get("rejected").get(0).asText()).contains("line 3");
    assertThat(json.has("accuracy")).isTrue();
    assertThat(json.get("coverage").asDouble()).isBetween(0.0, 1.0);
    assertThat(json.get("confusion").get("material conflict").has("none")).isTrue();
    assertThat(json.get("perClass").get("verbal cooperation").get("sentences").asInt())
        .isEqualTo(1);
    Files.delete(f);
  }
}
