package org.trustmap.scale;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * {@code java -jar trustmap.jar generate SIZE FOLDER [--seed=N] [--sources=DIR]}: writes a generated
 * network for every authority of the size into FOLDER, ready for {@code import-all FOLDER}. Needs no
 * database, so it runs without starting the application.
 */
public final class GenerateCommand {

    static final long DEFAULT_SEED = 20100201L;

    private GenerateCommand() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && args[0].equals("generate");
    }

    /** @return the process exit code */
    public static int run(String[] args) {
        List<String> operands = Arrays.stream(args).skip(1).filter(a -> !a.startsWith("--")).toList();
        if (operands.size() != 2) {
            System.err.println("Usage: java -jar trustmap.jar generate county|region|national FOLDER [--seed=N] "
                    + "[--sources=datasets/sources]");
            return 2;
        }
        long seed = Long.parseLong(option(args, "--seed=", String.valueOf(DEFAULT_SEED)));
        Path sources = Path.of(option(args, "--sources=", "datasets/sources"));
        long started = System.nanoTime();
        NetworkGenerator generator;
        try {
            generator = NetworkGenerator.of(operands.get(0), sources);
        }
        catch (IllegalArgumentException ex) {
            System.err.println(ex.getMessage());
            return 1;
        }
        Path folder = Path.of(operands.get(1));
        var summary = generator.generate(folder, seed);
        System.out.printf("Generated %d authorities into %s in %d ms (seed %d): %s%n", summary.authorities().size(),
                folder.toAbsolutePath(), (System.nanoTime() - started) / 1_000_000, seed, summary.counts());
        return 0;
    }

    private static String option(String[] args, String prefix, String otherwise) {
        return Arrays.stream(args).filter(a -> a.startsWith(prefix)).map(a -> a.substring(prefix.length()))
                .reduce((a, b) -> b).orElse(otherwise);
    }
}
