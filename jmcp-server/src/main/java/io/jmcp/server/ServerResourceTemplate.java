package io.jmcp.server;

import io.jmcp.core.UriTemplate;
import io.jmcp.schema.resources.ResourceTemplate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A resource template, the reader for URIs that match it, and optionally completions for its
 * variables.
 */
public record ServerResourceTemplate(ResourceTemplate template, ResourceTemplateReader reader,
    @Nullable CompletionHandler completions) {

  public ServerResourceTemplate {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(reader, "reader");
    // Fail at registration, not at the first read, if the template is malformed.
    UriTemplate.parse(template.uriTemplate());
  }

  public ServerResourceTemplate(ResourceTemplate template, ResourceTemplateReader reader) {
    this(template, reader, null);
  }

  public String uriTemplate() {
    return template.uriTemplate();
  }
}
