package org.amity.app.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.amity.response.Recommendation;
import org.amity.response.timeline.GapReport;
import org.amity.response.timeline.TimelineEntry;
import org.amity.response.track2.Track2Meeting;
import org.amity.signal.Alert;
import org.amity.signal.Evidence;
import org.amity.signal.RelatedSituations;
import org.amity.signal.Situation;

/**
 * Everything a situation report shows, read through the store's interfaces for one audience.
 *
 * @param related situations on linked subjects at the same time ({@link RelatedSituations})
 * @param alerts the situation's alerts, strongest first (evidence read)
 * @param chart the indicator of the strongest alert as SVG (see {@link IndicatorChartSvg})
 * @param chartCaption what the chart shows, in words
 * @param evidence the incidents behind the alerts, most reported first, in words
 * @param recommendation principle-checked options; null when the situation cannot be profiled
 * @param recommendationProblem why there are no options, or null
 * @param timeline the entries the audience may see, oldest first
 * @param gap the gap figures of this situation alone; null when it never reached warning level
 * @param track2 track II meetings (without names) with a recommendation linked to this timeline
 * @param newestEvent the newest event date in the store (the data's "as of"), or null
 * @param audience the role whose view this is ("viewer", "analyst", "admin")
 */
public record SituationReport(
    Situation situation,
    List<RelatedSituations.Related> related,
    List<Alert> alerts,
    String chart,
    String chartCaption,
    List<Evidence> evidence,
    Recommendation recommendation,
    String recommendationProblem,
    List<TimelineEntry> timeline,
    GapReport gap,
    List<Track2Meeting> track2,
    LocalDate newestEvent,
    OffsetDateTime generated,
    String audience) {}
