package org.trustmap;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.trustmap.importing.CommandLineTasks;
import org.trustmap.scale.GenerateCommand;
import org.trustmap.scale.GeneratePostcodesCommand;

@SpringBootApplication
public class TrustmapApplication {

    public static void main(String[] args) {
        if (GenerateCommand.handles(args)) {
            System.exit(GenerateCommand.run(args));
        }
        if (GeneratePostcodesCommand.handles(args)) {
            System.exit(GeneratePostcodesCommand.run(args));
        }
        if (CommandLineTasks.handles(args)) {
            System.exit(CommandLineTasks.run(TrustmapApplication.class, args));
        }
        SpringApplication.run(TrustmapApplication.class, args);
    }
}
