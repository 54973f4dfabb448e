package io.alliancehub.archbad.service;

import io.alliancehub.archbad.api.ThingRequest; // the deliberate wrong import: service → api

public class ThingService {
    public String create(ThingRequest request) {
        return request.name();
    }
}
