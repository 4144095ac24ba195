package dev.platformconsultant.model;

import dev.platformconsultant.config.InvalidSettingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The prompt texts, read once at start-up from the prompts directory: the persona, the system frame
 * (with its {@code {{placeholders}}}) and one task prompt per use ({@code task-<name>.md}), plus
 * the team's project context. A team edits these files, not Java. Missing required files or unknown
 * placeholders stop start-up; a missing project context is only a warning.
 */
public record PromptLibrary(
    String persona,
    String systemFrame,
    Map<String, String> tasks,
    Optional<String> projectContext,
    List<String> warnings) {

  public static final Set<String> FRAME_PLACEHOLDERS =
      Set.of("persona", "project_context", "task", "knowledge", "language");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z_]+)\\s*}}");

  public PromptLibrary {
    tasks = Map.copyOf(tasks);
    warnings = List.copyOf(warnings);
  }

  public static PromptLibrary load(Path promptsDir, Path projectContextFile) {
    String variable = "CONSULTANT_PROMPTS_DIR";
    if (!Files.isDirectory(promptsDir)) {
      throw new InvalidSettingException(
          variable,
          "'%s' is not a directory; it must hold persona.md, system.md and task-answer.md"
              .formatted(promptsDir));
    }
    String persona = required(variable, promptsDir.resolve("persona.md"));
    String frame = required(variable, promptsDir.resolve("system.md"));
    Set<String> used = placeholders(frame);
    Set<String> missing = new TreeSet<>(FRAME_PLACEHOLDERS);
    missing.removeAll(used);
    Set<String> unknown = new TreeSet<>(used);
    unknown.removeAll(FRAME_PLACEHOLDERS);
    if (!missing.isEmpty() || !unknown.isEmpty()) {
      throw new InvalidSettingException(
          variable,
          "%s: placeholders missing %s, unknown %s; accepted: %s"
              .formatted(
                  promptsDir.resolve("system.md"),
                  missing,
                  unknown,
                  new TreeSet<>(FRAME_PLACEHOLDERS)));
    }
    Map<String, String> tasks = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(promptsDir)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.startsWith("task-") && name.endsWith(".md")) {
          tasks.put(name.substring(5, name.length() - 3), required(variable, file));
        }
      }
    } catch (IOException e) {
      throw new InvalidSettingException(
          variable, "'%s' could not be listed: %s".formatted(promptsDir, e.getMessage()));
    }
    if (!tasks.containsKey("answer")) {
      throw new InvalidSettingException(
          variable, "task-answer.md not found in '%s'".formatted(promptsDir));
    }
    List<String> warnings = new ArrayList<>();
    Optional<String> context = Optional.empty();
    if (Files.isRegularFile(projectContextFile)) {
      context = Optional.of(read(projectContextFile)).filter(text -> !text.isBlank());
      if (context.isEmpty()) {
        warnings.add(
            "CONSULTANT_PROJECT_CONTEXT: %s is empty; answers will not know your company"
                .formatted(projectContextFile));
      }
    } else {
      warnings.add(
          "CONSULTANT_PROJECT_CONTEXT: %s not found; advice is generic until you describe your team (`consultant discover`; prompts/examples/project-context.md shows the format)"
              .formatted(projectContextFile));
    }
    return new PromptLibrary(persona, frame, tasks, context, warnings);
  }

  public String task(String name) {
    String task = tasks.get(name);
    if (task == null) {
      throw new IllegalArgumentException(
          "no task prompt named '%s'; known: %s".formatted(name, tasks.keySet()));
    }
    return task;
  }

  /**
   * The frame with each {@code {{name}}} replaced; a value is inserted verbatim, never re-expanded.
   */
  public String renderFrame(Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(systemFrame);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static Set<String> placeholders(String text) {
    Set<String> names = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  private static String required(String variable, Path file) {
    if (!Files.isRegularFile(file)) {
      throw new InvalidSettingException(variable, "%s not found".formatted(file));
    }
    String text = read(file);
    if (text.isBlank()) {
      throw new InvalidSettingException(variable, "%s is empty".formatted(file));
    }
    return text;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new InvalidSettingException(
          "CONSULTANT_PROMPTS_DIR", "%s could not be read: %s".formatted(file, e.getMessage()));
    }
  }
}
