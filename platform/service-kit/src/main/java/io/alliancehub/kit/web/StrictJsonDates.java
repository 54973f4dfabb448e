package io.alliancehub.kit.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Dates and instants only as ISO-8601 text, as the API documents them. Jackson's java.time
 * deserializers also take numbers (epoch seconds, epoch days) and arrays, so {@code "startsAt":
 * 20260101} would silently become a day in 1970; here any non-text value is a 400 naming the field.
 */
@Singleton
public class StrictJsonDates implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("alliance-strict-dates");
        module.addDeserializer(
                OffsetDateTime.class, textOnly(OffsetDateTime.class, InstantDeserializer.OFFSET_DATE_TIME));
        module.addDeserializer(LocalDate.class, textOnly(LocalDate.class, LocalDateDeserializer.INSTANCE));
        mapper.registerModule(module);
    }

    /** Applied after Quarkus's own customisers, so these deserializers win over the java.time module's. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    private static <T> JsonDeserializer<T> textOnly(Class<T> type, JsonDeserializer<T> iso) {
        return new StdDeserializer<>(type) {
            @Override
            @SuppressWarnings("unchecked")
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (!p.hasToken(JsonToken.VALUE_STRING)) {
                    return (T) ctxt.handleUnexpectedToken(type, p);
                }
                return iso.deserialize(p, ctxt);
            }
        };
    }
}
