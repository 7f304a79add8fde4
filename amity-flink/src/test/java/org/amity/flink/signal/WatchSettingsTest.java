package org.amity.flink.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import org.amity.signal.DetectorConfig;
import org.junit.jupiter.api.Test;

/**
 * The settings travel with the job graph as text and are parsed once per JVM: the evidence stages
 * ask for them per alert, so every call after the first returns the same parsed settings, also
 * after the settings have been serialized to a worker.
 */
class WatchSettingsTest {
  @Test
  void aCustomFileIsParsedOnceAndSurvivesTheTripToAWorker() throws Exception {
    String text;
    try (InputStream in =
        DetectorConfig.class.getResourceAsStream("/org/amity/signal/detectors.properties")) {
      text =
          new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("limit = 4", "limit = 5");
    }
    WatchSettings settings = new WatchSettings(new ArrayList<>(), text, "custom.properties", false);
    DetectorConfig first = settings.config();
    assertThat(settings.config()).isSameAs(first);
    assertThat(first.pools().get(0).limit()).isEqualTo(5.0);

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(settings);
    }
    WatchSettings onWorker;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      onWorker = (WatchSettings) in.readObject();
    }
    assertThat(onWorker.config()).isSameAs(first);
  }

  @Test
  void theShippedSettingsAreOneInstance() {
    WatchSettings settings = new WatchSettings(new ArrayList<>(), null, null, false);
    assertThat(settings.config()).isSameAs(DetectorConfig.standard());
    assertThat(settings.config().pools().get(0).limit()).isEqualTo(4.0);
  }
}
