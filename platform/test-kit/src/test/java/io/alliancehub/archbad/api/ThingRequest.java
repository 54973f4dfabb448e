package io.alliancehub.archbad.api;

public record ThingRequest(String name) {}
