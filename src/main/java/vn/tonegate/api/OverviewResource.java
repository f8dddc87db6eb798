package vn.tonegate.api;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import vn.tonegate.policy.Gate;
import vn.tonegate.policy.Portal;
import vn.tonegate.policy.Portals;
import vn.tonegate.policy.Stats;

/**
 * {@code GET /api/v1/overview}: every portal's share over a period, highest first, for the
 * supervising department; {@code format=csv} gives the same table as a file to report.
 */
@Path("v1/overview")
@Produces({MediaType.APPLICATION_JSON, "text/csv"})
public class OverviewResource {

    private final Portals portals;
    private final Gate gate;

    public OverviewResource(Portals portals, Gate gate) {
        this.portals = portals;
        this.gate = gate;
    }

    /**
     * One portal over the period.
     *
     * @param status "over" (at or above its threshold), "near" (within its warn margin) or "ok"
     */
    public record Row(String portal, String name, double share, long total, long negative, long overridden,
                      BigDecimal threshold, String status, GateJson.WindowJson window, List<GateJson.DayJson> daily) {
    }

    @GET
    @RolesAllowed({"admin", "webmaster", "supervisor"})
    public Response overview(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("format") String format) {
        LocalDate first = date("from", from);
        LocalDate last = date("to", to);
        List<Row> rows = new ArrayList<>();
        for (Portal p : portals.list()) {
            Stats s = gate.stats(p.id(), first, last);
            GateJson.StatsAnswer a = GateJson.StatsAnswer.of(s);
            rows.add(new Row(p.id(), p.name(), a.share(), a.total(), a.negative(), a.overridden(), a.threshold(),
                    status(s, p), a.window(), a.daily()));
        }
        rows.sort(Comparator.comparingDouble(Row::share).reversed().thenComparing(Row::portal));
        if ("csv".equalsIgnoreCase(format)) {
            return Response.ok(csv(rows), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"tonegate-report.csv\"").build();
        }
        return Response.ok(rows, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static String status(Stats s, Portal p) {
        long total = s.tally().total();
        if (total == 0) {
            return "ok";
        }
        BigDecimal negative = BigDecimal.valueOf(s.tally().negative());
        BigDecimal all = BigDecimal.valueOf(total);
        if (negative.compareTo(s.threshold().multiply(all)) >= 0) {
            return "over";
        }
        BigDecimal near = s.threshold().subtract(p.policy().warnMargin());
        return negative.compareTo(near.multiply(all)) >= 0 ? "near" : "ok";
    }

    private static String csv(List<Row> rows) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader("portal", "name", "from", "to", "total", "negative", "share", "threshold", "status", "overridden").get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (Row r : rows) {
                printer.printRecord(r.portal(), r.name(), r.window().firstDay(), r.window().lastDay(), r.total(), r.negative(),
                        r.share(), r.threshold(), r.status(), r.overridden());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(field, new Messages.Text("ngày theo dạng YYYY-MM-DD", "a date as YYYY-MM-DD"));
        }
    }
}
