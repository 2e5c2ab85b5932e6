# syntax=docker/dockerfile:1
# Build: the Maven wrapper in a JDK image; dependencies are a cached layer of their own.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY schema schema
COPY src src
RUN ./mvnw -B -ntp -DskipTests package && cp target/weekly-graphql-*.jar /weekly-graphql.jar

# Run: a JRE image, a non-root user, the clone on a volume.
FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && groupadd --system weekly && useradd --system --gid weekly --home /app weekly \
    && mkdir -p /app /data && chown weekly:weekly /data
WORKDIR /app
COPY --from=build /weekly-graphql.jar /app/weekly-graphql.jar
USER weekly
ENV CONTENT_DATA_DIR=/data \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
VOLUME /data
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --start-period=120s --retries=3 \
    CMD curl -fsS http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-jar", "/app/weekly-graphql.jar"]
