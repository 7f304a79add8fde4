package org.amity.response;

/** An instrument or measure named in a recommendation: its knowledge-base id and display name. */
public record Ref(String id, String name) {}
