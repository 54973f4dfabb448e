package io.alliancehub.archbad.api;

import io.alliancehub.archbad.domain.Thing; // an entity in a resource
import io.alliancehub.archbad.service.ThingService;

public class ThingResource {
    public Thing get() {
        new ThingService().create(new ThingRequest("x")); // with the service's import of api: a cycle
        return new Thing();
    }
}
