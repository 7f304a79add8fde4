package org.amity.coding.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.amity.coding.EventCoder;
import org.amity.coding.FiveWay;
import org.amity.coding.dict.Dictionaries;
import org.amity.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelCacheTest {
  @TempDir Path dir;

  private static SentenceReading reading(String... features) {
    return new SentenceReading(null, null, List.of(features));
  }

  private static ClassModel tiny() {
    return ClassModel.train(
        List.of(reading("bias", "w=attack"), reading("bias", "w=praise")),
        List.of(FiveWay.MATERIAL_CONFLICT, FiveWay.VERBAL_COOPERATION),
        7);
  }

  @Test
  void aStoredModelIsReadBackAndPredictsAlike() throws IOException {
    ModelCache cache = new ModelCache(dir.resolve("amity"));
    ClassModel m = tiny();
    cache.store("k1", m.model());
    ClassModel back = ClassModel.of(cache.load("k1").orElseThrow());
    assertThat(back.predict(reading("bias", "w=attack"))).isEqualTo(FiveWay.MATERIAL_CONFLICT);
    assertThat(back.predict(reading("bias", "w=praise"))).isEqualTo(FiveWay.VERBAL_COOPERATION);
    assertThat(cache.load("k2")).isEmpty();
  }

  @Test
  void anUnreadableCachedModelIsRemovedNotTrusted() throws IOException {
    ModelCache cache = new ModelCache(dir);
    Files.writeString(cache.file("bad"), "not a model");
    assertThat(cache.load("bad")).isEmpty();
    assertThat(cache.file("bad")).doesNotExist();
  }

  @Test
  void theKeyChangesWhenAnyPartChanges() {
    byte[] a = "train".getBytes(StandardCharsets.UTF_8);
    byte[] b = "dicts".getBytes(StandardCharsets.UTF_8);
    String k = ModelCache.key(a, b);
    assertThat(ModelCache.key(a, b)).isEqualTo(k);
    assertThat(ModelCache.key(a, "dicts2".getBytes(StandardCharsets.UTF_8))).isNotEqualTo(k);
    assertThat(
            ModelCache.key(
                "trai".getBytes(StandardCharsets.UTF_8), "ndicts".getBytes(StandardCharsets.UTF_8)))
        .isNotEqualTo(k);
  }

  @Test
  void theSecondStartReadsTheModelFromTheCache() throws IOException {
    Dictionaries dict =
        Dictionaries.load(Dictionaries.phoenixSet(TestData.file("petrarch2-dictionaries")), true);
    SentenceReader reader =
        new SentenceReader(new EventCoder(dict), dict.verbs(), LocalDate.of(2018, 1, 1));
    List<LabelledSentence> training =
        List.of(
            new LabelledSentence("Rebels attacked the army base.", FiveWay.MATERIAL_CONFLICT, 1),
            new LabelledSentence("The minister praised the deal.", FiveWay.VERBAL_COOPERATION, 2));
    ModelCache cache = new ModelCache(dir);
    String key = ModelCache.key(dict.fingerprint().getBytes(StandardCharsets.UTF_8));
    SentenceClasses first =
        SentenceClasses.learned(reader, training, ClassPolicy.LEARNED, 5, "test", cache, key);
    assertThat(first.model()).doesNotContain("read from the cache");
    assertThat(cache.file(key)).exists();
    SentenceClasses second =
        SentenceClasses.learned(reader, training, ClassPolicy.LEARNED, 5, "test", cache, key);
    assertThat(second.model()).contains("read from the cache");
    assertThat(second.policy()).isEqualTo(ClassPolicy.LEARNED);
  }
}
