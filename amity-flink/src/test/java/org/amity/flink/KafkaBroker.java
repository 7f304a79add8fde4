package org.amity.flink;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.amity.flink.source.KafkaLines;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * An in-process KRaft broker for the Kafka source's tests (Kafka's own test kit: one combined
 * broker and controller on ports the system picks, its logs under a test folder), and a producer
 * that writes export files to a topic one line per record, as a feed would.
 */
final class KafkaBroker implements AutoCloseable {
  private final KafkaClusterTestKit kit;

  private KafkaBroker(KafkaClusterTestKit kit) {
    this.kit = kit;
  }

  /** Formats and starts a broker with its data under {@code dir}; returns once it serves. */
  static KafkaBroker start(Path dir) throws Exception {
    TestKitNodes nodes =
        new TestKitNodes.Builder()
            .setCombined(true)
            .setNumBrokerNodes(1)
            .setNumControllerNodes(1)
            .setBaseDirectory(dir)
            .build();
    KafkaClusterTestKit kit =
        new KafkaClusterTestKit.Builder(nodes)
            .setConfigProp("offsets.topic.replication.factor", "1")
            .setConfigProp("offsets.topic.num.partitions", "1")
            .setConfigProp("group.initial.rebalance.delay.ms", "0")
            .build();
    try {
      kit.format();
      kit.startup();
      kit.waitForReadyBrokers();
      return new KafkaBroker(kit);
    } catch (Exception e) {
      kit.close();
      throw e;
    }
  }

  String bootstrap() {
    return kit.bootstrapServers();
  }

  void createTopic(String topic, int partitions) throws Exception {
    Properties admin = new Properties();
    admin.put("bootstrap.servers", bootstrap());
    try (Admin a = Admin.create(admin)) {
      a.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
    }
  }

  /**
   * Writes {@code first} (a record without key or line, to partition 0) if not null, then every
   * line of every file in {@code folder}, in name order, each record keyed by the file's path (as
   * the file source names it) with its line number in {@link KafkaLines#LINE_HEADER}: a file's
   * lines go to one partition (by key), in order.
   */
  void publish(String topic, String first, Path folder) throws Exception {
    Properties p = new Properties();
    p.putAll(
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
            ProducerConfig.ACKS_CONFIG, "all",
            ProducerConfig.LINGER_MS_CONFIG, "20",
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName(),
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()));
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p)) {
      if (first != null) {
        producer
            .send(new ProducerRecord<>(topic, 0, null, first.getBytes(StandardCharsets.UTF_8)))
            .get();
      }
      List<Path> files;
      try (var list = Files.list(folder)) {
        files = list.sorted().toList();
      }
      for (Path f : files) {
        byte[] key = f.toString().getBytes(StandardCharsets.UTF_8);
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          RecordHeaders headers = new RecordHeaders();
          headers.add(
              KafkaLines.LINE_HEADER, Integer.toString(i + 1).getBytes(StandardCharsets.US_ASCII));
          producer.send(
              new ProducerRecord<>(
                  topic, null, key, lines.get(i).getBytes(StandardCharsets.UTF_8), headers));
        }
      }
      producer.flush();
    }
  }

  @Override
  public void close() throws Exception {
    kit.close();
  }
}
