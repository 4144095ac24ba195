package dev.platformconsultant.consultant;

/**
 * A knowledge-base passage an answer cites, under the number the answer uses ({@code [n]}).
 *
 * @param id the passage id, {@code doc-id#section-slug}, which {@code consultant show} opens
 */
public record SourceRef(int number, String id, String title, String path, String heading) {}
