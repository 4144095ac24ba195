# syntax=docker/dockerfile:1
# Build stage: the same wrapper build as the README (tests run in CI, not in the image build).
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
RUN ./mvnw -B -q -DskipTests package

# Run stage: a JRE, the jar, the prompts and the knowledge base, as a non-root user.
FROM eclipse-temurin:21-jre
# Charts (JFreeChart) and PDFs (openhtmltopdf) draw text with DejaVu Sans: the JRE image may lack it.
RUN apt-get update && apt-get install -y --no-install-recommends fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*
RUN groupadd --system consultant && useradd --system --gid consultant --home-dir /app consultant
WORKDIR /app
COPY --from=build /src/target/platform-consultant.jar /app/platform-consultant.jar
COPY prompts/ /app/prompts/
COPY knowledge/ /app/knowledge/
RUN mkdir -p /app/data && chown consultant:consultant /app/data
USER consultant
ENV CONSULTANT_PROMPTS_DIR=/app/prompts \
    CONSULTANT_KNOWLEDGE_DIR=/app/knowledge \
    CONSULTANT_DATA_DIR=/app/data
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/platform-consultant.jar"]
CMD ["--help"]
