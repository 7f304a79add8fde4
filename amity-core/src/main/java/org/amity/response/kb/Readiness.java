package org.amity.response.kb;

import java.time.LocalDate;

/** Whether an instrument can act now, with the evidence, its date and its source. */
public record Readiness(ReadinessLevel level, String evidence, LocalDate date, String source) {}
