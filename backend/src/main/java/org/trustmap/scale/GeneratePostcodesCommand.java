package org.trustmap.scale;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * {@code java -jar trustmap.jar generate-postcodes FOLDER [--count=1700000] [--seed=N] [--sources=DIR]}:
 * writes an invented national Code-Point Open release (see {@link PostcodeGenerator}) into FOLDER, ready for
 * {@code import-postcodes FOLDER}. Needs no database.
 */
public final class GeneratePostcodesCommand {

    static final long NATIONAL = 1_700_000;

    private GeneratePostcodesCommand() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && args[0].equals("generate-postcodes");
    }

    /** @return the process exit code */
    public static int run(String[] args) {
        List<String> operands = Arrays.stream(args).skip(1).filter(a -> !a.startsWith("--")).toList();
        if (operands.size() != 1) {
            System.err.println("Usage: java -jar trustmap.jar generate-postcodes FOLDER [--count=" + NATIONAL
                    + "] [--seed=N] [--sources=datasets/sources]");
            return 2;
        }
        long count = Long.parseLong(option(args, "--count=", String.valueOf(NATIONAL)));
        long seed = Long.parseLong(option(args, "--seed=", String.valueOf(GenerateCommand.DEFAULT_SEED)));
        long started = System.nanoTime();
        PostcodeGenerator generator;
        try {
            generator = new PostcodeGenerator(Path.of(option(args, "--sources=", "datasets/sources")));
        }
        catch (IllegalArgumentException ex) {
            System.err.println(ex.getMessage());
            return 1;
        }
        Path folder = Path.of(operands.getFirst());
        var summary = generator.generate(folder, count, seed);
        System.out.printf("Generated %d English postcodes in %d districts and %d Welsh and Scottish ones, %d files, "
                + "into %s in %d ms (seed %d)%n", summary.english(), summary.districts(), summary.elsewhere(),
                summary.files(), folder.resolve("Data/CSV").toAbsolutePath(), (System.nanoTime() - started) / 1_000_000,
                seed);
        return 0;
    }

    private static String option(String[] args, String prefix, String otherwise) {
        return Arrays.stream(args).filter(a -> a.startsWith(prefix)).map(a -> a.substring(prefix.length()))
                .reduce((a, b) -> b).orElse(otherwise);
    }
}
