package org.trustmap.importing;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The one-off tasks run from the command line instead of the server:
 * <pre>
 * java -jar trustmap.jar import FOLDER...               import each authority's network (all or nothing each)
 * java -jar trustmap.jar import-all FOLDER [--parallel=N] import every authority folder under FOLDER, with progress
 * java -jar trustmap.jar import-postcodes FILE_OR_FOLDER [--release=YYYY-MM]  load Code-Point Open (England)
 * java -jar trustmap.jar export AUTHORITY-ID FOLDER     write an authority's network in the import format
 * java -jar trustmap.jar export-popolo AUTHORITY-ID FILE write its people, posts and memberships as Popolo JSON
 * </pre>
 * They use the same database settings as the server; stop a running server first when it holds the
 * embedded database.
 */
public final class CommandLineTasks {

    private static final Set<String> TASKS = Set.of("import", "import-all", "import-postcodes", "export", "export-popolo");

    private CommandLineTasks() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && TASKS.contains(args[0]);
    }

    /** @return the process exit code */
    public static int run(Class<?> application, String[] args) {
        List<String> operands = Arrays.stream(args).skip(1).filter(a -> !a.startsWith("--")).toList();
        String[] options = Arrays.stream(args).filter(a -> a.startsWith("--")).toArray(String[]::new);
        String usage = switch (args[0]) {
            case "import" -> operands.isEmpty() ? "import FOLDER..." : null;
            case "import-all" -> operands.size() != 1 ? "import-all FOLDER" : null;
            case "import-postcodes" -> operands.size() != 1 ? "import-postcodes FILE_OR_FOLDER [--release=YYYY-MM]"
                    : null;
            default -> operands.size() != 2 ? args[0] + " AUTHORITY-ID " + (args[0].equals("export") ? "FOLDER" : "FILE")
                    : null;
        };
        if (usage != null) {
            System.err.println("Usage: java -jar trustmap.jar " + usage);
            return 2;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .properties("trustmap.datasets.load-bundled=false", "spring.main.banner-mode=off")
                .run(options)) {
            switch (args[0]) {
                case "import" -> {
                    NetworkImporter importer = context.getBean(NetworkImporter.class);
                    for (String folder : operands) {
                        ImportReport report = importer.importDataset(DatasetLocation.of(folder),
                                (what, done, total) -> System.out.printf("  %s: %d of %d%n", what, done, total));
                        System.out.printf("Imported %s in %d ms: %s%n", report.authority(), report.took().toMillis(),
                                report.nodes());
                    }
                }
                case "import-all" -> {
                    int parallel = Integer.parseInt(context.getEnvironment().getProperty("parallel", "1"));
                    var outcome = new FolderImport(context.getBean(NetworkImporter.class), System.out)
                            .importAll(Path.of(operands.getFirst()), parallel);
                    System.out.printf("Imported %d authorities, %d nodes, in %.1f s (processor time %.1f s); "
                            + "peak resident memory %s%n", outcome.imported(), outcome.nodes(),
                            outcome.took().toMillis() / 1000.0, outcome.cpu().toMillis() / 1000.0,
                            FolderImport.peakResidentMemory());
                    if (!outcome.refused().isEmpty()) {
                        System.err.println("Refused, nothing of them written: " + outcome.refused());
                        return 1;
                    }
                }
                case "import-postcodes" -> {
                    var outcome = context.getBean(PostcodeLoader.class).load(Path.of(operands.getFirst()),
                            context.getEnvironment().getProperty("release"), System.out);
                    System.out.printf("Loaded Code-Point Open %s: %d English postcodes in %d districts from %d "
                            + "file(s) (%d rows; %d outside England skipped; %d held by another dataset left as they "
                            + "are; %d retired, %d back from retirement) in %.1f s (processor time %.1f s); peak "
                            + "resident memory %s%n", outcome.release(), outcome.postcodes(), outcome.districts(),
                            outcome.files(), outcome.rows(), outcome.outsideEngland(), outcome.heldElsewhere(),
                            outcome.retired(), outcome.returned(), outcome.took().toMillis() / 1000.0,
                            outcome.cpu().toMillis() / 1000.0, FolderImport.peakResidentMemory());
                }
                case "export" -> {
                    context.getBean(NetworkExporter.class).export(operands.get(0), Path.of(operands.get(1)));
                    System.out.println("Exported " + operands.get(0) + " to " + operands.get(1));
                }
                default -> {
                    context.getBean(PopoloExporter.class).export(operands.get(0), Path.of(operands.get(1)));
                    System.out.println("Exported " + operands.get(0) + " as Popolo JSON to " + operands.get(1));
                }
            }
            return 0;
        }
        catch (InvalidDatasetException | IllegalArgumentException ex) {
            System.err.println(ex.getMessage());
            return 1;
        }
    }
}
