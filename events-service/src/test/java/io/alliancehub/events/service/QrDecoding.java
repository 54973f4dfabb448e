package io.alliancehub.events.service;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Map;

/**
 * Reads a QR code the way a test should read a generated image: as a pure barcode (the module grid read
 * directly, as ZXing offers for computer-made images). Without the hint, ZXing's finder-pattern detector missed
 * some codes of random tickets in a clean PNG (CI, 2026-12-03: NotFoundException), which a camera scanner does not
 * face in that form.
 */
public final class QrDecoding {

    private QrDecoding() {}

    public static String decode(LuminanceSource source) throws Exception {
        return new QRCodeReader()
                .decode(
                        new BinaryBitmap(new HybridBinarizer(source)),
                        Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE, DecodeHintType.TRY_HARDER, Boolean.TRUE))
                .getText();
    }
}
