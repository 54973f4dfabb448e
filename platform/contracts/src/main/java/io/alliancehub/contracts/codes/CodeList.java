package io.alliancehub.contracts.codes;

/**
 * A value of a shared code list: a stable machine code (the enum constant name, which is what
 * travels in JSON) and its display labels in Chinese and English.
 */
public interface CodeList {

    /** The stable code, e.g. {@code CELL_THERAPY}. Never changes once published. */
    String code();

    /** Chinese label, e.g. {@code 细胞治疗}. */
    String zh();

    /** English label, e.g. {@code Cell therapy}. */
    String en();
}
