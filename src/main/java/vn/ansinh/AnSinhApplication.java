package vn.ansinh;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * An Sinh: follows a district People's Committee's social-policy plan (targets to 2030,
 * indicator values, tasks, ward reports). Each top-level package is a Spring Modulith module.
 */
@SpringBootApplication
public class AnSinhApplication {

    /**
     * Starts the application.
     *
     * @param args command-line arguments passed to Spring Boot
     */
    public static void main(String[] args) {
        SpringApplication.run(AnSinhApplication.class, args);
    }
}
