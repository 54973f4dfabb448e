package io.alliancehub.contracts.codes;

import java.util.Objects;

/**
 * One entry of a code list as data, e.g. {@code {"code": "CELL_THERAPY", "zh": "细胞治疗", "en": "Cell therapy"}}.
 */
public record CodeLabel(String code, String zh, String en) {

    public CodeLabel {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    public static CodeLabel of(CodeList value) {
        return new CodeLabel(value.code(), value.zh(), value.en());
    }
}
