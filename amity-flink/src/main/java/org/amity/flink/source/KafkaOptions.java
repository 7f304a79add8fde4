package org.amity.flink.source;

import java.io.Serializable;
import java.util.List;

/**
 * Where the job reads its live feed from Kafka.
 *
 * @param bootstrap the brokers, {@code HOST:PORT[,HOST:PORT...]}
 * @param topic the topic whose records each hold one line of an export file (see {@link
 *     KafkaLines})
 * @param group the consumer group: offsets are committed under it at each checkpoint, and {@code
 *     committed} starts from them
 * @param from where a job that does not restore from a checkpoint starts: {@code earliest} (the
 *     whole topic) or {@code committed} (after what the group last committed, else the earliest)
 */
public record KafkaOptions(String bootstrap, String topic, String group, String from)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The starting points a job may take. */
  public static final List<String> FROM = List.of("earliest", "committed");

  /** The group used when none is given. */
  public static final String DEFAULT_GROUP = "amity";

  public KafkaOptions {
    if (bootstrap == null || bootstrap.isBlank() || topic == null || topic.isBlank()) {
      throw new IllegalArgumentException("--kafka-bootstrap and --kafka-topic go together");
    }
    if (group == null || group.isBlank()) {
      throw new IllegalArgumentException("--kafka-group needs a name");
    }
    if (!FROM.contains(from)) {
      throw new IllegalArgumentException("--kafka-from takes earliest or committed, not " + from);
    }
  }
}
