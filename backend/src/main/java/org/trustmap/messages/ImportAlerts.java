package org.trustmap.messages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;
import org.trustmap.api.Today;
import org.trustmap.api.Validity;
import org.trustmap.importing.ImportListener;

/**
 * Alerts for the changes an import makes: the voluntary-sector seats' current holders are read before the import
 * writes and again after, in its transaction, and each seat whose holder changed or that fell vacant is alerted as
 * an editor's change would be. Inside the transaction rather than after the commit: the alerts then exist exactly
 * when the import does (an import rolled back by its rules alerts nobody, and a crash after the commit loses none),
 * at the cost of two small reads of the authority's voluntary-sector seats. Terms an import brings within 60 days
 * of their end are alerted by the scheduled scan ({@link Alerts#termsEnding}), once, as for any other.
 * <p>
 * An import also replaces every property of the memberships it writes: what the messages keep on them (that a term's
 * end was alerted, that a verification email was sent) is read before and put back, so an import neither repeats
 * alerts nor asks a holder again.
 */
@Service
class ImportAlerts implements ImportListener {

    private final Alerts alerts;
    private final MailSwitch mail;
    private final Today today;

    ImportAlerts(Alerts alerts, MailSwitch mail, Today today) {
        this.alerts = alerts;
        this.mail = mail;
        this.today = today;
    }

    @Override
    public Written replacing(TransactionContext tx, String authority) {
        LocalDate day = today.date();
        Map<String, Seat> before = seats(tx, authority, day);
        List<Map<String, Object>> kept = tx.run("""
                MATCH (m:Entity {dataset: $d}) USING INDEX m:Entity(dataset)
                WHERE m:Membership AND (m.termEndAlertFor IS NOT NULL OR m.verificationSentOn IS NOT NULL)
                RETURN m {.id, .termEndAlertFor, .verificationSentOn} AS kept
                """, Map.of("d", authority)).list(r -> r.get("kept").asMap(Value::asObject));
        return after -> {
            after.run("""
                    UNWIND $kept AS kept MATCH (m:Membership {id: kept.id}) WHERE m.dataset = $d
                    SET m.termEndAlertFor = coalesce(m.termEndAlertFor, kept.termEndAlertFor),
                        m.verificationSentOn = coalesce(m.verificationSentOn, kept.verificationSentOn)
                    """, Map.of("kept", kept, "d", authority)).consume();
            if (!mail.on()) {
                return;
            }
            for (Seat seat : seats(after, authority, day).values()) {
                Seat was = before.get(seat.post());
                Map<String, String> held = was == null ? Map.of() : was.holders();
                List<String> newcomers = seat.holders().entrySet().stream().filter(h -> !held.containsKey(h.getKey()))
                        .map(Map.Entry::getValue).toList();
                String what;
                if (!newcomers.isEmpty()) {
                    what = names(newcomers) + (newcomers.size() == 1 ? " now holds" : " now hold") + " the seat "
                            + seat.name() + ".";
                }
                else if (seat.holders().isEmpty() && !held.isEmpty()) {
                    what = "The seat " + seat.name() + " is vacant: " + names(new ArrayList<>(held.values()))
                            + (held.size() == 1 ? " no longer holds it." : " no longer hold it.");
                }
                else {
                    continue;
                }
                alerts.alert(after, seat.post(), what + " (Recorded by an update of the partnership's network "
                        + "imported into trustmap on " + day + ".)");
            }
        };
    }

    /** The authority's voluntary-sector seats on partnerships, each with its holders on the day (person id to name). */
    private static Map<String, Seat> seats(TransactionContext tx, String authority, LocalDate day) {
        Map<String, Seat> seats = new LinkedHashMap<>();
        tx.run("""
                MATCH (post:Entity {dataset: $d}) USING INDEX post:Entity(dataset)
                WHERE post:Post AND post.sector = $sector
                MATCH (post)-[:SEAT_ON]->(o:Partnership)
                RETURN post.id AS post, post.name + ' on ' + o.name AS name,
                       [(p:Person)-[:HOLDS]->(m:Membership)-[:OF_POST]->(post)
                        WHERE %s | {id: p.id, name: p.name}] AS holders
                """.formatted(Validity.on("m", "$day")), Map.of("d", authority, "sector", Alerts.VOLUNTARY, "day", day))
                .list().forEach(r -> seats.put(
                r.get("post").asString(), new Seat(r.get("post").asString(), r.get("name").asString(),
                        r.get("holders").asList(h -> h).stream().collect(Collectors.toMap(h -> h.get("id").asString(),
                                h -> h.get("name").asString(), (a, b) -> a, LinkedHashMap::new)))));
        return seats;
    }

    private static String names(List<String> names) {
        return names.size() == 1 ? names.getFirst()
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    private record Seat(String post, String name, Map<String, String> holders) {
    }
}
