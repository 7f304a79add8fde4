package org.amity.signal.daily;

import org.amity.signal.Scope;

/** What a series is about: a scope and a subject in it ("country", "THA"; "dyad", "CHN>PHL"). */
public record Subject(Scope scope, String name) {}
