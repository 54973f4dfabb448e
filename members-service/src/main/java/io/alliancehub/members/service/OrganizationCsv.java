package io.alliancehub.members.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.alliancehub.contracts.codes.Field;
import io.alliancehub.contracts.codes.MembershipTier;
import io.alliancehub.contracts.codes.Sector;
import io.alliancehub.contracts.common.LocalizedText;
import io.alliancehub.kit.history.JsonDiff;
import io.alliancehub.kit.problem.ApiException;
import io.alliancehub.kit.problem.FieldError;
import io.alliancehub.kit.web.Csv;
import io.alliancehub.members.domain.Organization;
import io.alliancehub.members.service.model.Address;
import io.alliancehub.members.service.model.ImportReport;
import io.alliancehub.members.service.model.OrganizationRequest;
import io.alliancehub.members.service.model.OrganizationView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * CSV export of the organisation list and bulk import. The import is all-or-nothing: every row is
 * checked first and, if any row is invalid, nothing is written and the answer lists each row's
 * errors. It is idempotent on the credit code (or, for foreign members without one, the exact
 * name): a row that matches an organisation updates it, an identical row changes nothing.
 */
@ApplicationScoped
public class OrganizationCsv {

    public static final List<String> COLUMNS = List.of(
            "id",
            "nameZh",
            "nameEn",
            "shortNameZh",
            "shortNameEn",
            "sector",
            "creditCode",
            "country",
            "province",
            "city",
            "website",
            "fields",
            "tags",
            "tier",
            "status",
            "termStart",
            "termEnd",
            "joinedOn",
            "updatedAt");
    public static final List<String> IMPORT_COLUMNS = List.of(
            "nameZh",
            "nameEn",
            "shortNameZh",
            "shortNameEn",
            "sector",
            "creditCode",
            "country",
            "province",
            "city",
            "website",
            "fields",
            "tags",
            "tier");
    public static final int MAX_IMPORT_ROWS = 5_000;

    @Inject
    OrganizationService organizations;

    @Inject
    Validator validator;

    @Inject
    ObjectMapper json;

    /** One organisation as a row of {@link #COLUMNS}. */
    public List<String> row(OrganizationView v) {
        return Arrays.asList(
                v.id().toString(),
                zh(v.name()),
                en(v.name()),
                zh(v.shortName()),
                en(v.shortName()),
                v.sector().name(),
                v.creditCode(),
                v.address() == null ? null : v.address().country(),
                v.address() == null ? null : v.address().province(),
                v.address() == null ? null : v.address().city(),
                v.website(),
                String.join(";", v.fields().stream().map(Enum::name).toList()),
                String.join(";", v.tags()),
                v.membership().tier().name(),
                v.membership().status().name(),
                str(v.membership().termStart()),
                str(v.membership().termEnd()),
                str(v.membership().joinedOn()),
                str(v.updatedAt()));
    }

    @Transactional
    public ImportReport importCsv(String csv, boolean dryRun) {
        List<Map<String, String>> rows = Csv.read(csv, List.of("sector", "tier"));
        if (rows.isEmpty()) {
            throw ApiException.badRequest("the file has no rows: a header line (" + String.join(",", IMPORT_COLUMNS)
                    + ") and one line per organisation");
        }
        if (rows.size() > MAX_IMPORT_ROWS) {
            throw ApiException.badRequest(
                    "at most " + MAX_IMPORT_ROWS + " rows per import; this file has " + rows.size());
        }
        List<FieldError> errors = new ArrayList<>();
        List<OrganizationRequest> requests = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            String prefix = "rows[" + (i + 1) + "].";
            Map<String, String> row = rows.get(i);
            Set<String> unknown = new HashSet<>(row.keySet());
            IMPORT_COLUMNS.forEach(unknown::remove);
            unknown.remove("id");
            unknown.forEach(column ->
                    errors.add(new FieldError(prefix + column, "unknown column; allowed: " + IMPORT_COLUMNS)));
            OrganizationRequest request = parse(row, prefix, errors);
            if (request == null) {
                requests.add(null);
                continue;
            }
            for (ConstraintViolation<OrganizationRequest> v : validator.validate(request)) {
                errors.add(new FieldError(prefix + v.getPropertyPath(), v.getMessage()));
            }
            String key = naturalKey(request);
            if (!keys.add(key)) {
                errors.add(new FieldError(prefix + "creditCode", "the same organisation appears in an earlier row"));
            }
            requests.add(request);
        }
        if (!errors.isEmpty()) {
            throw new ApiException(
                    422,
                    "import-invalid",
                    "Import rejected",
                    errors.size() + " problems in the file; nothing was imported",
                    errors);
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<ImportReport.Row> report = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            OrganizationRequest request = requests.get(i);
            Organization existing = match(request);
            if (existing == null) {
                created++;
                Organization o = new Organization();
                if (!dryRun) {
                    organizations.register(o, request);
                }
                report.add(new ImportReport.Row(i + 1, "CREATED", dryRun ? null : o.id, request.creditCode()));
                continue;
            }
            // the import sets the columns it has; what it lacks (description) stays as it is
            OrganizationRequest merged = new OrganizationRequest(
                    request.name(),
                    request.shortName(),
                    request.sector(),
                    request.creditCode(),
                    request.address(),
                    request.website(),
                    OrganizationMapper.writable(existing).description(),
                    request.fields(),
                    request.tags(),
                    request.membership());
            List<String> changed = JsonDiff.changedFields(
                    json.valueToTree(OrganizationMapper.writable(existing)), json.valueToTree(merged));
            boolean changes = !changed.isEmpty();
            if (changes && !dryRun) {
                organizations.update(existing, changed, merged);
            }
            if (changes) {
                updated++;
            } else {
                unchanged++;
            }
            report.add(
                    new ImportReport.Row(i + 1, changes ? "UPDATED" : "UNCHANGED", existing.id, request.creditCode()));
        }
        return new ImportReport(dryRun, requests.size(), created, updated, unchanged, report);
    }

    private Organization match(OrganizationRequest r) {
        if (r.creditCode() != null) {
            return Organization.find("creditCode", r.creditCode()).firstResult();
        }
        if (r.name().zh() != null) {
            return Organization.find(
                            "creditCode is null and nameZh = ?1", r.name().zh())
                    .firstResult();
        }
        return Organization.find(
                        "creditCode is null and nameZh is null and nameEn = ?1",
                        r.name().en())
                .firstResult();
    }

    private static String naturalKey(OrganizationRequest r) {
        return r.creditCode() != null
                ? "code:" + r.creditCode()
                : "name:" + r.name().zh() + "|" + r.name().en();
    }

    private static OrganizationRequest parse(Map<String, String> row, String prefix, List<FieldError> errors) {
        int before = errors.size();
        Sector sector = enumValue(Sector.class, row.get("sector"), prefix + "sector", errors);
        MembershipTier tier = enumValue(MembershipTier.class, row.get("tier"), prefix + "tier", errors);
        List<Field> fields = list(row.get("fields"), s -> enumValue(Field.class, s, prefix + "fields", errors));
        if (errors.size() > before) {
            return null;
        }
        LocalizedText name = new LocalizedText(row.get("nameZh"), row.get("nameEn"));
        LocalizedText shortName = new LocalizedText(row.get("shortNameZh"), row.get("shortNameEn"));
        String country = blank(row.get("country"));
        String province = blank(row.get("province"));
        String city = blank(row.get("city"));
        Address address =
                country == null && province == null && city == null ? null : new Address(country, province, city);
        return new OrganizationRequest(
                name.hasText() ? name : null,
                shortName.hasText() ? shortName : null,
                sector,
                blank(row.get("creditCode")),
                address,
                blank(row.get("website")),
                null,
                fields,
                list(row.get("tags"), s -> s),
                new OrganizationRequest.MembershipRequest(tier));
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            errors.add(
                    new FieldError(field, "'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    private static <T> List<T> list(String value, Function<String, T> parse) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split("[;,]"))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(parse)
                .toList();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String zh(LocalizedText t) {
        return t == null ? null : t.zh();
    }

    private static String en(LocalizedText t) {
        return t == null ? null : t.en();
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
