package vn.tonegate.api;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import vn.tonegate.ledger.AuditLog;
import vn.tonegate.ledger.AuditRecord;
import vn.tonegate.lexicon.Category;
import vn.tonegate.lexicon.Entry;
import vn.tonegate.lexicon.Lexicon;

/**
 * The lexicon for webmasters: search (with or without diacritics), add, edit, disable, delete,
 * import all-or-nothing with a report of bad rows, export, and the history of versions. Every
 * change is one version step and one line of the audit log.
 */
@Path("v1/lexicon")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LexiconResource {

    static final Messages.Text NO_ENTRY = new Messages.Text("Không có mục từ này.", "No such entry.");
    static final Messages.Text BAD_ROWS = new Messages.Text(
            "Có dòng không hợp lệ; không mục nào được nhập.", "Some rows are invalid; nothing was imported.");
    static final int MAX_IMPORT = 50_000;
    private static final String[] CSV_COLUMNS = {"phrase", "category", "weight", "note", "enabled"};

    private final Lexicon lexicon;
    private final AuditLog audit;
    private final Clock clock;
    private final ObjectMapper json;
    private final Validator validator;

    public LexiconResource(Lexicon lexicon, AuditLog audit, Clock clock, ObjectMapper json, Validator validator) {
        this.lexicon = lexicon;
        this.audit = audit;
        this.clock = clock;
        this.json = json;
        this.validator = validator;
    }

    /** One page of a search. */
    public record Page(long version, List<EntryJson> entries) {
    }

    @GET
    @RolesAllowed({"admin", "webmaster", "supervisor"})
    public Page search(@QueryParam("q") String q, @QueryParam("category") String category,
                       @QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > 5000) {
            throw ApiException.badRequest("limit", new Messages.Text("từ 1 đến 5000", "from 1 to 5000"));
        }
        Category only = null;
        if (category != null && !category.isBlank()) {
            try {
                only = Category.parse(category);
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("category", new Messages.Text("loại không hợp lệ", "unknown category"));
            }
        }
        return new Page(lexicon.version(), lexicon.search(q, only, limit).stream().map(EntryJson::of).toList());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"admin", "webmaster", "supervisor"})
    public EntryJson get(@PathParam("id") long id) {
        return lexicon.get(id).map(EntryJson::of).orElseThrow(() -> ApiException.notFound(NO_ENTRY));
    }

    @POST
    @RolesAllowed({"admin", "webmaster"})
    public Response add(@Valid @NotNull EntryJson body, @Context SecurityContext caller) {
        Entry entry = checked(body.toEntry(), "phrase");
        Entry stored = lexicon.add(entry);
        record(caller, "lexicon_added", String.valueOf(stored.id()), null, stored);
        return Response.status(201).entity(EntryJson.of(stored)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({"admin", "webmaster"})
    public EntryJson update(@PathParam("id") long id, @Valid @NotNull EntryJson body, @Context SecurityContext caller) {
        Entry before = lexicon.get(id).orElseThrow(() -> ApiException.notFound(NO_ENTRY));
        Entry updated = lexicon.update(id, checked(body.toEntry(), "phrase")).orElseThrow(() -> ApiException.notFound(NO_ENTRY));
        record(caller, "lexicon_updated", String.valueOf(id), before, updated);
        return EntryJson.of(updated);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({"admin", "webmaster"})
    public Response delete(@PathParam("id") long id, @Context SecurityContext caller) {
        Entry before = lexicon.get(id).orElseThrow(() -> ApiException.notFound(NO_ENTRY));
        if (!lexicon.delete(id)) {
            throw ApiException.notFound(NO_ENTRY);
        }
        record(caller, "lexicon_deleted", String.valueOf(id), before, null);
        return Response.noContent().build();
    }

    /**
     * Imports a JSON array of entries or a CSV with the header
     * {@code phrase,category,weight,note,enabled}: every row, as one version step, or none, with
     * every bad row named by its line (CSV) or index (JSON).
     */
    @POST
    @Path("import")
    @Consumes({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed({"admin", "webmaster"})
    public Map<String, Object> importEntries(String body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                             @Context SecurityContext caller) {
        boolean csv = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/csv");
        List<ApiError.Violation> bad = new ArrayList<>();
        List<Entry> entries = csv ? fromCsv(body, bad) : fromJson(body, bad);
        if (entries.isEmpty() && bad.isEmpty()) {
            bad.add(new ApiError.Violation("body", "không có dòng nào / no rows"));
        }
        if (entries.size() > MAX_IMPORT) {
            bad.add(new ApiError.Violation("body", "tối đa " + MAX_IMPORT + " dòng / at most " + MAX_IMPORT + " rows"));
        }
        if (!bad.isEmpty()) {
            throw new ApiException(400, "validation_failed", BAD_ROWS, bad);
        }
        List<Entry> stored = lexicon.addAll(entries);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("imported", stored.size());
        summary.put("version", lexicon.version());
        audit.append(AuditRecord.of(clock.instant(), actor(caller), "lexicon_imported", null, stored.size() + " entries",
                null, write(summary), lexicon.version(), null));
        return summary;
    }

    @GET
    @Path("export")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed({"admin", "webmaster", "supervisor"})
    public Response export(@QueryParam("format") String format, @Context HttpHeaders headers) {
        boolean csv = "csv".equalsIgnoreCase(format) || headers.getAcceptableMediaTypes().stream()
                .anyMatch(m -> "text".equals(m.getType()) && "csv".equals(m.getSubtype()));
        List<Entry> all = lexicon.search(null, null, Math.max(1, lexicon.size()));
        if (!csv) {
            return Response.ok(all.stream().map(EntryJson::of).toList(), MediaType.APPLICATION_JSON_TYPE).build();
        }
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(CSV_COLUMNS).get())) {
            for (Entry e : all) {
                printer.printRecord(e.phrase(), e.category().jsonName(), e.weight(), e.note(), e.enabled());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(out.toString(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"tonegate-lexicon-v" + lexicon.version() + ".csv\"").build();
    }

    /** The history of lexicon changes, newest first: who changed what, and the version it made. */
    @GET
    @Path("versions")
    @RolesAllowed({"admin", "webmaster", "supervisor"})
    public List<GateJson.AuditJson> versions(@QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw ApiException.badRequest("limit", new Messages.Text("từ 1 đến 1000", "from 1 to 1000"));
        }
        return audit.recent(null, "lexicon_*", null, limit).stream().map(GateJson.AuditJson::of).toList();
    }

    /** Where to roll back to: a version named in the history. */
    public record RollbackRequest(@NotNull @jakarta.validation.constraints.Min(1) Long version) {
    }

    /**
     * Makes the lexicon what it was at a version of its history, as a new version that the
     * history shows (and that can itself be rolled back).
     */
    @POST
    @Path("rollback")
    @RolesAllowed({"admin", "webmaster"})
    public Map<String, Object> rollback(@Valid @NotNull RollbackRequest body, @Context SecurityContext caller) {
        long before = lexicon.version();
        long after;
        try {
            after = lexicon.rollbackTo(body.version());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("version", new Messages.Text(
                    "không có phiên bản " + body.version() + " (hiện là " + before + ")",
                    "no version " + body.version() + " (the current one is " + before + ")"));
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("restored", body.version());
        summary.put("version", after);
        summary.put("changed", after != before);
        if (after != before) {
            audit.append(AuditRecord.of(clock.instant(), actor(caller), "lexicon_rolled_back", null, "v" + body.version(),
                    write(Map.of("version", before)), write(summary), after, null));
        }
        return summary;
    }

    private Entry checked(Entry entry, String field) {
        try {
            lexicon.validate(entry);
            return entry;
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(field, new Messages.Text(e.getMessage(), e.getMessage()));
        }
    }

    private List<Entry> fromJson(String body, List<ApiError.Violation> bad) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "invalid_json", Messages.INVALID_JSON);
        }
        if (root == null || !root.isArray()) {
            throw ApiException.badRequest("body", new Messages.Text("cần một mảng các mục từ", "an array of entries is needed"));
        }
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            String where = "[" + i + "]";
            try {
                row(json.treeToValue(root.get(i), EntryJson.class), where, bad).ifPresent(out::add);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                bad.add(new ApiError.Violation(where, "sai kiểu dữ liệu / wrong type of value"));
            }
        }
        return out;
    }

    private List<Entry> fromCsv(String body, List<ApiError.Violation> bad) {
        List<Entry> out = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (var parser = format.parse(new StringReader(body))) {
            if (!parser.getHeaderNames().containsAll(List.of("phrase", "category", "weight"))) {
                throw ApiException.badRequest("line 1", new Messages.Text(
                        "dòng tiêu đề cần phrase,category,weight[,note,enabled]", "the header needs phrase,category,weight[,note,enabled]"));
            }
            for (CSVRecord r : parser) {
                String where = "line " + (r.getParser().getCurrentLineNumber());
                Double weight;
                try {
                    weight = Double.valueOf(r.get("weight"));
                } catch (NumberFormatException e) {
                    bad.add(new ApiError.Violation(where + ".weight", "không phải số / not a number"));
                    continue;
                }
                String enabled = r.isMapped("enabled") && r.isSet("enabled") ? r.get("enabled") : "";
                EntryJson row = new EntryJson(null, r.get("phrase"), r.get("category"), weight,
                        r.isMapped("note") && r.isSet("note") ? r.get("note") : null,
                        enabled.isBlank() || Boolean.parseBoolean(enabled));
                row(row, where, bad).ifPresent(out::add);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw ApiException.badRequest("body", new Messages.Text("CSV không đọc được", "unreadable CSV"));
        }
        return out;
    }

    private java.util.Optional<Entry> row(EntryJson row, String where, List<ApiError.Violation> bad) {
        Set<ConstraintViolation<EntryJson>> violations = validator.validate(row);
        if (!violations.isEmpty()) {
            for (ConstraintViolation<EntryJson> v : violations) {
                bad.add(new ApiError.Violation(where + "." + v.getPropertyPath(), v.getMessage()));
            }
            return java.util.Optional.empty();
        }
        try {
            Entry e = row.toEntry();
            lexicon.validate(e);
            return java.util.Optional.of(e);
        } catch (IllegalArgumentException e) {
            bad.add(new ApiError.Violation(where + ".phrase", e.getMessage()));
            return java.util.Optional.empty();
        }
    }

    private void record(SecurityContext caller, String action, String subject, Entry before, Entry after) {
        audit.append(AuditRecord.of(clock.instant(), actor(caller), action, null, subject,
                before == null ? null : write(EntryJson.of(before)), after == null ? null : write(EntryJson.of(after)),
                lexicon.version(), null));
    }

    private static String actor(SecurityContext caller) {
        return caller.getUserPrincipal() == null ? "unknown" : caller.getUserPrincipal().getName();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
