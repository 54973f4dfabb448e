package io.alliancehub.events.service;

import io.alliancehub.events.domain.Event;
import io.alliancehub.kit.text.SearchIndex;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The events' q-search text, rebuilt at start when kit.text.SearchText has changed. */
@ApplicationScoped
public class EventSearchTable implements SearchIndex.Table<Event> {

    @Override
    public String name() {
        return "event";
    }

    @Override
    public Class<Event> entity() {
        return Event.class;
    }

    @Override
    public UUID id(Event row) {
        return row.id;
    }

    @Override
    public String text(Event row) {
        return EventMapper.searchText(row);
    }
}
