package io.alliancehub.events.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import io.alliancehub.events.domain.Tickets;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Every ticket's QR code reads back as its ticket: 500 random ones, not the one a test happened to draw. */
class QrCodesTest {

    @Test
    void fiveHundredRandomTicketsReadBack() throws Exception {
        for (int i = 0; i < 500; i++) {
            String ticket = "AH1." + Tickets.newSecret();
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(ticket)));
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            LuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
            assertThat(QrDecoding.decode(source)).as("ticket " + i).isEqualTo(ticket);
        }
    }
}
