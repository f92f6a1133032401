package io.github.camelcallfire.springboot;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The smallest Spring Boot application: everything Camel and CallFire comes from auto-configuration. */
@SpringBootApplication
class CallfireTestApplication {
}
