package org.trustmap;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class TrustmapApplication {

    public static void main(String[] args) {
        SpringApplication.run(TrustmapApplication.class, args);
    }
}
