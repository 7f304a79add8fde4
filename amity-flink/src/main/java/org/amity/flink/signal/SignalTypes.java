package org.amity.flink.signal;

import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Map;
import org.amity.event.Event;
import org.amity.flink.source.Serializers;
import org.amity.signal.DetectedAlert;
import org.amity.signal.daily.DayCounts;
import org.amity.signal.daily.Incident;
import org.amity.signal.daily.IndicatorDay;
import org.amity.signal.daily.PartyTraffic;
import org.apache.flink.api.common.typeinfo.TypeInfoFactory;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.typeutils.TypeExtractor;

/**
 * The types of the records the signal stages send between operators and keep in state, every one
 * serialized by Flink itself, none by its generic (Kryo) fallback: the records are analysed as
 * Flink POJOs (Java records), with the two field types Flink's analysis does not know given a type
 * of their own first: {@code LocalDate} as Flink's native {@link Types#LOCAL_DATE}, and the core's
 * {@link Event} (inside the evidence reports) as {@link Serializers#EVENT}.
 *
 * <p>The factories are registered when this class is loaded, in whichever JVM that is (the client
 * that builds the job graph, or a task manager opening an operator's state), before any of the
 * types below is analysed; every stage and state descriptor of the signal path takes its type from
 * here.
 */
public final class SignalTypes {
  static {
    TypeExtractor.registerFactory(LocalDate.class, LocalDateType.class);
    TypeExtractor.registerFactory(Event.class, EventType.class);
  }

  public static final TypeInformation<LocalDate> LOCAL_DATE = Types.LOCAL_DATE;
  public static final TypeInformation<SubjectDelta> SUBJECT_DELTA = of(SubjectDelta.class);
  public static final TypeInformation<IndicatorDay> INDICATOR_DAY = of(IndicatorDay.class);
  public static final TypeInformation<DayCounts> DAY_COUNTS = of(DayCounts.class);
  public static final TypeInformation<Incident> INCIDENT = of(Incident.class);
  public static final TypeInformation<Coverage> COVERAGE = of(Coverage.class);
  public static final TypeInformation<FileSpans> FILE_SPANS = of(FileSpans.class);
  public static final TypeInformation<DetectedAlert> DETECTED_ALERT = of(DetectedAlert.class);
  public static final TypeInformation<ScoredAlert> SCORED_ALERT = of(ScoredAlert.class);
  public static final TypeInformation<LensReading> LENS_READING = of(LensReading.class);
  public static final TypeInformation<PoolPart> POOL_PART = of(PoolPart.class);
  public static final TypeInformation<AlertRow> ALERT_ROW = of(AlertRow.class);
  public static final TypeInformation<org.amity.signal.daily.EvidenceReports> EVIDENCE_REPORTS =
      of(org.amity.signal.daily.EvidenceReports.class);
  public static final TypeInformation<SubjectReport> SUBJECT_REPORT = of(SubjectReport.class);
  public static final TypeInformation<PartyReport> PARTY_REPORT = of(PartyReport.class);
  public static final TypeInformation<PartyTraffic> PARTY_TRAFFIC = of(PartyTraffic.class);
  public static final TypeInformation<PartyRequest> PARTY_REQUEST = of(PartyRequest.class);
  public static final TypeInformation<PartyCount> PARTY_COUNT = of(PartyCount.class);
  public static final TypeInformation<PoolSummary> POOL_SUMMARY = of(PoolSummary.class);
  public static final TypeInformation<EvidencedAlert> EVIDENCED_ALERT = of(EvidencedAlert.class);
  public static final TypeInformation<EvidenceRow> EVIDENCE_ROW = of(EvidenceRow.class);

  private SignalTypes() {}

  private static <T> TypeInformation<T> of(Class<T> type) {
    return TypeInformation.of(type);
  }

  /** {@code LocalDate} as Flink's own type (an epoch day's fields, no Kryo). */
  public static final class LocalDateType extends TypeInfoFactory<LocalDate> {
    @Override
    public TypeInformation<LocalDate> createTypeInfo(
        Type t, Map<String, TypeInformation<?>> genericParameters) {
      return Types.LOCAL_DATE;
    }
  }

  /** The core's {@link Event}, with the job's own serializer. */
  public static final class EventType extends TypeInfoFactory<Event> {
    @Override
    public TypeInformation<Event> createTypeInfo(
        Type t, Map<String, TypeInformation<?>> genericParameters) {
      return Serializers.EVENT;
    }
  }
}
