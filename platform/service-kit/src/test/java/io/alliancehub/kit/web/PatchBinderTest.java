package io.alliancehub.kit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.alliancehub.kit.problem.ApiException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The one merge-patch update flow: If-Match, merge, bind and validate, write only what changed. */
class PatchBinderTest {

    record Doc(@NotBlank String name, @Size(max = 10) String city, Address address) {}

    record Address(String street, String zip) {}

    private final PatchBinder binder = new PatchBinder();
    private final ObjectMapper json = new ObjectMapper();
    private final List<Object[]> writes = new ArrayList<>();
    private final Doc current = new Doc("Boya", "Wuxi", new Address("Tai Lake Rd", "214000"));

    @BeforeEach
    void wire() {
        binder.json = json;
        binder.validator = Validation.byDefaultProvider()
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()
                .getValidator();
    }

    private List<String> update(String ifMatch, String patch) throws Exception {
        JsonNode node = json.readTree(patch);
        return binder.update(
                ifMatch, 3, current, node, Doc.class, (doc, changed) -> writes.add(new Object[] {doc, changed}));
    }

    @Test
    void aChangeIsWrittenWithItsFields() throws Exception {
        List<String> changed = update("\"3\"", "{\"city\": \"Suzhou\", \"address\": {\"zip\": \"215000\"}}");
        assertThat(changed).containsExactlyInAnyOrder("city", "address.zip");
        assertThat(writes).hasSize(1);
        assertThat((Doc) writes.get(0)[0]).isEqualTo(new Doc("Boya", "Suzhou", new Address("Tai Lake Rd", "215000")));
    }

    @Test
    void nullRemovesAnOptionalValue() throws Exception {
        assertThat(update("\"3\"", "{\"city\": null}")).containsExactly("city");
        assertThat(((Doc) writes.get(0)[0]).city()).isNull();
    }

    record Session(String title, java.time.OffsetDateTime startsAt) {}

    @Test
    void theSameInstantWithAnotherOffsetIsNoChange() throws Exception {
        ObjectMapper dates = new ObjectMapper()
                .findAndRegisterModules()
                .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
        binder.json = dates;
        Session stored = new Session("Keynote", java.time.OffsetDateTime.parse("2026-05-01T09:00:00+08:00"));
        List<String> changed = binder.update(
                "\"3\"",
                3,
                stored,
                dates.readTree("{\"startsAt\": \"2026-05-01T01:00:00Z\"}"),
                Session.class,
                (doc, fields) -> writes.add(new Object[] {doc, fields}));
        assertThat(changed).isEmpty();
        assertThat(writes).isEmpty();
        assertThat(binder.update(
                        "\"3\"",
                        3,
                        stored,
                        dates.readTree("{\"startsAt\": \"2026-05-01T02:00:00Z\"}"),
                        Session.class,
                        (doc, fields) -> writes.add(new Object[] {doc, fields})))
                .containsExactly("startsAt");
    }

    @Test
    void aPatchThatChangesNothingWritesNothing() throws Exception {
        assertThat(update("\"3\"", "{}")).isEmpty();
        assertThat(update("\"3\"", "{\"city\": \"Wuxi\"}")).isEmpty();
        assertThat(writes).isEmpty();
    }

    @Test
    void ifMatchIsRequiredAndMustBeCurrent() {
        assertThatThrownBy(() -> update(null, "{\"city\": \"Suzhou\"}"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(428));
        assertThatThrownBy(() -> update("\"2\"", "{\"city\": \"Suzhou\"}"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(412));
        assertThat(writes).isEmpty();
    }

    @Test
    void theResultIsValidatedAsAPostBodyWouldBe() {
        assertThatThrownBy(() -> update("\"3\"", "{\"name\": null}")).isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> update("\"3\"", "{\"city\": \"a city name far too long\"}"))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> update("\"3\"", "[1]")).isInstanceOf(ApiException.class);
        assertThat(writes).isEmpty();
    }
}
