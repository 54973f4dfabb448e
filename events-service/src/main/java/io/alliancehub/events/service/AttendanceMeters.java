package io.alliancehub.events.service;

import io.alliancehub.contracts.codes.RegistrationStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * What happens at the door and at the registration desk, as Prometheus counters: registrations by their outcome
 * ({@code alliance_registrations_total{outcome="confirmed"|"waitlisted"}}) and check-ins ({@code
 * alliance_checkins_total{channel="gate"|"desk"}}; a gate's second scan of a ticket is not one). Refusals are in
 * the request meters, by status.
 */
@ApplicationScoped
public class AttendanceMeters {

    @Inject
    MeterRegistry registry;

    /** At zero from the start, so that the first registration after a restart counts as an increase. */
    void start(@Observes StartupEvent event) {
        for (RegistrationStatus outcome :
                new RegistrationStatus[] {RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED}) {
            registrations(outcome);
        }
        checkIns("gate");
        checkIns("desk");
    }

    public void registered(RegistrationStatus outcome) {
        registrations(outcome).increment();
    }

    /** An attendee checked in: by a gate's scan ({@code gate}) or by the secretariat ({@code desk}). */
    public void checkedIn(String channel) {
        checkIns(channel).increment();
    }

    private Counter registrations(RegistrationStatus outcome) {
        return Counter.builder("alliance.registrations")
                .description("Registrations accepted, by the place they got")
                .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                .register(registry);
    }

    private Counter checkIns(String channel) {
        return Counter.builder("alliance.checkins")
                .description("Attendees checked in")
                .tag("channel", channel)
                .register(registry);
    }
}
