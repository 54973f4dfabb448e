package io.alliancehub.kit.web;

/** Media types of the suite's API beyond JAX-RS's constants. */
public final class MediaTypes {

    public static final String MERGE_PATCH_JSON = "application/merge-patch+json";
    public static final String CSV = "text/csv";
    public static final String CSV_UTF8 = "text/csv; charset=UTF-8";

    private MediaTypes() {}
}
