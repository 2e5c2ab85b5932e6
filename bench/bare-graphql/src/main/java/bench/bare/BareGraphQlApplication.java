package bench.bare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The reference app: spring-graphql over Spring MVC answering {@code { hello }}, and nothing else. */
@SpringBootApplication
public class BareGraphQlApplication {

    public static void main(String[] args) {
        SpringApplication.run(BareGraphQlApplication.class, args);
    }

    @Controller
    static class HelloController {

        @QueryMapping
        String hello() {
            return "Hello, world";
        }
    }
}
