/**
 * JSON Schema rules of the contract records that their Java types cannot express: presence, string
 * lengths and patterns, minimums, sets. Together with Jackson's {@code @JsonClassDescription} and
 * {@code @JsonPropertyDescription} they make the payload records the single source of the published
 * JSON Schemas ({@code schemas/<service>/*.json}), which are generated from them by this module's
 * build (see {@code ContractsDriftTest}). The annotations have no effect at run time.
 *
 * <p>A rule sits on the record component, or, for the properties of a snapshot interface (e.g.
 * {@code EventSnapshot}), on the interface's accessor, so every event that carries the snapshot
 * describes it alike.
 */
package io.alliancehub.contracts.schema;
