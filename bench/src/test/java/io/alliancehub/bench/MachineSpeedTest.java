package io.alliancehub.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class MachineSpeedTest {

    @Test
    void theDocumentIsAnOrganisationWithItsDescription() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(MachineSpeed.document());
        assertEquals("calibration", doc.path("name").path("en").asText());
        assertEquals("ENTERPRISE", doc.path("sector").asText());
        assertEquals("MEMBER", doc.path("membership").path("tier").asText());
        assertEquals(440, doc.path("description").path("en").asText().length());
    }

    @Test
    void theFigureIsRoundTripsPerSecondOfTheBestWindow() throws Exception {
        double perSecond = MachineSpeed.jsonRoundTripsPerSecond(100, 3, 100);
        // a core of any machine that runs the suite does thousands per second; zero would mean the loop never ran
        assertTrue(perSecond > 1_000, "round trips per second: " + perSecond);
    }
}
