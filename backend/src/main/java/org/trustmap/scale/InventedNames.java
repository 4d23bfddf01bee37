package org.trustmap.scale;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.trustmap.network.BodyKind;

/**
 * Visibly invented names for generated people ("Avery J. Example") and voluntary bodies ("Fleet Sample
 * Youth Club"), never repeated within one authority, not even as slugs (the ids are made of them, and
 * the schools file spells some towns in two ways). The surnames and the bodies' middle words say
 * plainly that nobody real is meant.
 */
final class InventedNames {

    private static final List<String> FIRST = List.of("Avery", "Blake", "Casey", "Devon", "Emery", "Finley", "Harper",
            "Jordan", "Kendall", "Logan", "Morgan", "Noel", "Parker", "Quinn", "Reese", "Rowan", "Sawyer", "Skyler",
            "Taylor", "Arden", "Bailey", "Carson", "Dale", "Ellis", "Frankie", "Gray", "Hayden", "Jesse", "Kai", "Lane",
            "Marley", "Nico", "Oakley", "Peyton", "Remy", "Sasha", "Tatum", "Wren", "Alexis", "Charlie");
    private static final List<String> LAST = List.of("Example", "Sample", "Specimen", "Placeholder", "Fictional",
            "Madeup", "Invented", "Pretend", "Dummy", "Testcase", "Mockett", "Notreal", "Imaginary", "Storybook",
            "Makebelieve", "Fakeley", "Nobody", "Lorem", "Ipsum", "Hypothetical", "Standin", "Proxyman", "Demoson",
            "Unreal", "Fabler", "Pseudonym", "Noname", "Exampleton", "Samplewood", "Mockford", "Fauxley", "Phantom",
            "Dreamwell", "Taleworth", "Figment", "Notaperson", "Inventor", "Fancyfield", "Makeshift", "Surrogate");
    private static final List<String> PRETEND = List.of("Example", "Sample", "Specimen", "Placeholder", "Pretend",
            "Imaginary", "Storybook", "Makebelieve", "Fictional", "Invented");

    record Activity(String name, BodyKind kind) {
    }

    private static final List<Activity> ACTIVITIES = List.of(new Activity("Youth Club", BodyKind.VOLUNTARY_ORGANISATION),
            new Activity("Young Carers Project", BodyKind.VOLUNTARY_ORGANISATION),
            new Activity("Parents' Forum", BodyKind.PARENT_CARER_GROUP),
            new Activity("Parent Carer Network", BodyKind.PARENT_CARER_GROUP),
            new Activity("Play Association", BodyKind.VOLUNTARY_ORGANISATION),
            new Activity("Family Support Project", BodyKind.VOLUNTARY_ORGANISATION),
            new Activity("Toy Library", BodyKind.VOLUNTARY_ORGANISATION),
            new Activity("Homework Club", BodyKind.VOLUNTARY_ORGANISATION),
            new Activity("Junior Sports Club", BodyKind.VOLUNTARY_ORGANISATION),
            new Activity("Youth Theatre", BodyKind.VOLUNTARY_ORGANISATION),
            new Activity("Food Bank", BodyKind.VOLUNTARY_ORGANISATION),
            new Activity("Befriending Scheme", BodyKind.VOLUNTARY_ORGANISATION),
            new Activity("Mentoring Trust", BodyKind.VOLUNTARY_ORGANISATION),
            new Activity("Holiday Club", BodyKind.VOLUNTARY_ORGANISATION),
            new Activity("Music Project", BodyKind.VOLUNTARY_ORGANISATION),
            new Activity("Community Association", BodyKind.VOLUNTARY_ORGANISATION),
            new Activity("Breakfast Club", BodyKind.VOLUNTARY_ORGANISATION),
            new Activity("Nature Club", BodyKind.VOLUNTARY_ORGANISATION),
            new Activity("Counselling Service", BodyKind.VOLUNTARY_ORGANISATION),
            new Activity("Pre-school Playgroup", BodyKind.VOLUNTARY_ORGANISATION));

    private final Random random;
    private final Set<String> used = new HashSet<>();

    InventedNames(Random random) {
        this.random = random;
    }

    String person() {
        while (true) {
            String name = pick(FIRST) + " " + (char) ('A' + random.nextInt(26)) + ". " + pick(LAST);
            if (used.add(Slugs.of(name))) {
                return name;
            }
        }
    }

    /** A voluntary body's name and kind; {@code place} is a real town of the district, or the district. */
    Activity voluntaryBody(String place) {
        for (int attempt = 0; ; attempt++) {
            Activity activity = pick(ACTIVITIES);
            String name = place + " " + pick(PRETEND) + " " + activity.name() + (attempt < 50 ? "" : " " + attempt);
            if (used.add(Slugs.of(name))) {
                return new Activity(name, activity.kind());
            }
        }
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
