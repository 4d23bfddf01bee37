package org.trustmap.importing;

import java.nio.file.Path;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** At each start, the uploads and downloads an abruptly ended earlier process left behind are deleted. */
@Component
class LeftoverTempFolders {

    @EventListener(ApplicationStartedEvent.class)
    void deleteLeftovers() {
        TempFolders.deleteLeftovers(Path.of(System.getProperty("java.io.tmpdir")));
    }
}
