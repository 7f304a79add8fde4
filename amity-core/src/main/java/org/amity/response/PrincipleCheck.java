package org.amity.response;

/** One ARF principle applied to one option: pass, warning or fail, and why. */
public record PrincipleCheck(int number, String principle, CheckResult result, String reason) {}
