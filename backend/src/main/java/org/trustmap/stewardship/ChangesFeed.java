package org.trustmap.stewardship;

import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.servlet.http.HttpServletRequest;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.trustmap.api.Today;

/**
 * {@code /feeds/changes.atom?area=<id>}: the changes of the last 12 months to an area's seats, as an Atom
 * feed (RFC 4287), newest first, {@value #PAGE} entries a page with RFC 5005 paging links. The same
 * query as the {@code changes} field ({@link SeatChanges}); it shows what the page shows (names of seats,
 * bodies and holders), no contact details.
 */
@RestController
class ChangesFeed {

    static final int PAGE = 50;
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final MediaType ATOM_XML = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private static final String CHANGE = """
            change {.kind, .ref, .on, .dateAsRecorded, .recordedAt, post: post.id, postName: post.name,
                    seatOn: head(COLLECT { MATCH (post)-[:SEAT_ON]->(o) RETURN o.name }),
                    person: head(COLLECT { MATCH (who:Person)-[:HOLDS]->(membership) RETURN who.name }),
                    illustrative: coalesce(head(COLLECT { MATCH (who:Person)-[:HOLDS]->(membership)
                                                          RETURN who.illustrative }), false)}""";

    private final Driver driver;
    private final Today today;
    private final Duration timeout;

    ChangesFeed(Driver driver, Today today, @Value("${trustmap.api.query-timeout:10s}") Duration timeout) {
        this.driver = driver;
        this.today = today;
        this.timeout = timeout;
    }

    @GetMapping("/feeds/changes.atom")
    ResponseEntity<String> changes(@RequestParam(required = false) String area,
            @RequestParam(required = false, defaultValue = "1") String page, HttpServletRequest request)
            throws XMLStreamException {
        int number;
        try {
            number = Integer.parseInt(page);
        }
        catch (NumberFormatException ex) {
            number = 0;
        }
        if (area == null || area.isBlank() || number < 1 || number > 10_000) {
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN)
                    .body(area == null || area.isBlank() ? "area is required: an authority's, district's or partnership's id"
                            : "page must be a whole number from 1");
        }
        LocalDate to = today.date();
        LocalDate from = to.minusYears(1);
        var records = driver.executableQuery(SeatChanges.query(CHANGE))
                .withParameters(SeatChanges.parameters(area, from, to, (number - 1) * PAGE, PAGE))
                .withConfig(QueryConfig.builder().withRouting(RoutingControl.READ).withTimeout(timeout).build())
                .execute().records();
        if (records.isEmpty()) {
            return ResponseEntity.status(404).contentType(MediaType.TEXT_PLAIN)
                    .body("No authority, district or partnership has the id " + area);
        }
        var row = records.getFirst();
        long total = row.get("total").asLong();
        List<Map<String, Object>> items = row.get("items").asList(v -> v.asMap());
        String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        String self = base + "/feeds/changes.atom?area=" + URLEncoder.encode(area, StandardCharsets.UTF_8);
        int last = (int) Math.max(1, (total + PAGE - 1) / PAGE);

        StringWriter text = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        element(xml, "id", "urn:trustmap:changes:" + area);
        element(xml, "title", "Changes to the seats of " + row.get("areaName").asString() + " (trustmap)");
        element(xml, "subtitle", "Appointments, ends, vacancies and verifications from " + from + " to " + to
                + ": " + total + " in all");
        element(xml, "updated", items.isEmpty() ? stamp(to.atStartOfDay(ZoneOffset.UTC).toOffsetDateTime())
                : updated(items.getFirst()));
        xml.writeStartElement("author");
        element(xml, "name", "trustmap");
        xml.writeEndElement();
        link(xml, "self", self + (number == 1 ? "" : "&page=" + number));
        link(xml, "alternate", base + "/#/changes?area=" + URLEncoder.encode(area, StandardCharsets.UTF_8));
        link(xml, "first", self);
        link(xml, "last", self + (last == 1 ? "" : "&page=" + last));
        if (number > 1) {
            link(xml, "previous", self + (number == 2 ? "" : "&page=" + (number - 1)));
        }
        if (number < last) {
            link(xml, "next", self + "&page=" + (number + 1));
        }
        for (Map<String, Object> item : items) {
            xml.writeStartElement("entry");
            element(xml, "id", "urn:trustmap:change:" + item.get("kind").toString().toLowerCase() + ":"
                    + item.get("ref") + ":" + item.get("on"));
            element(xml, "title", title(item));
            element(xml, "updated", updated(item));
            link(xml, "alternate", base + "/#/network?node=" + URLEncoder.encode(item.get("post").toString(),
                    StandardCharsets.UTF_8));
            xml.writeStartElement("content");
            xml.writeAttribute("type", "text");
            xml.writeCharacters(title(item) + ", " + item.get("dateAsRecorded") + "."
                    + (item.get("recordedAt") == null ? " Came in by import." : " Recorded in trustmap on "
                    + updated(item) + "."));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok().contentType(ATOM_XML).cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)))
                .body(text.toString());
    }

    private static String title(Map<String, Object> item) {
        String seat = item.get("postName") + (item.get("seatOn") == null ? "" : ", " + item.get("seatOn"));
        String person = Objects.toString(item.get("person"), "someone not recorded")
                + (Boolean.TRUE.equals(item.get("illustrative")) ? " (invented)" : "");
        return switch (item.get("kind").toString()) {
            case "APPOINTED" -> person + " appointed to " + seat;
            case "ENDED" -> person + " left " + seat;
            case "VACANT" -> seat + " became vacant";
            default -> seat + ": " + person + " checked, still correct";
        };
    }

    private static String updated(Map<String, Object> item) {
        Object recorded = item.get("recordedAt");
        if (recorded instanceof ZonedDateTime zoned) {
            return stamp(zoned.toOffsetDateTime());
        }
        if (recorded instanceof OffsetDateTime offset) {
            return stamp(offset);
        }
        return stamp(((LocalDate) item.get("on")).atStartOfDay(ZoneOffset.UTC).toOffsetDateTime());
    }

    private static String stamp(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC).withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }
}
