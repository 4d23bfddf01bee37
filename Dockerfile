# Builds the trustmap application image (Temurin 25). docker-compose.yml runs it against a Neo4j server.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY schema schema
COPY frontend frontend
COPY backend backend
# The jar is run extracted (its libraries as plain jars beside it): classes load faster than from jars nested in
# one jar, which were 38% of the main thread's samples of a start; a later start was ready 2.7 s sooner (README).
RUN ./mvnw -B --no-transfer-progress -DskipTests package \
 && java -Djarmode=tools -jar backend/target/trustmap-backend-*.jar extract --destination /src/extracted \
 && mv /src/extracted/trustmap-backend-*.jar /src/extracted/trustmap.jar

FROM eclipse-temurin:25-jre
RUN useradd --system --home-dir /app trustmap
WORKDIR /app
COPY --from=build /src/extracted/ /app/
USER trustmap
EXPOSE 8080
# The --add-opens flags are for the embedded Neo4j, used when SPRING_NEO4J_URI is not set. The heap is
# capped as in the run command (README, "Run it"): without a cap the JVM takes a quarter of the host's RAM.
ENTRYPOINT ["java", "-Xmx768m", "-XX:+UseSerialGC", \
  "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED", \
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--enable-native-access=ALL-UNNAMED", \
  "-jar", "/app/trustmap.jar"]
