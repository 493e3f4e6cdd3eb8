package io.jmcp.server;

import io.jmcp.schema.resources.Resource;
import java.util.Objects;

/** A listed resource and the reader that produces its contents. */
public record ServerResource(Resource resource, ResourceReader reader) {

  public ServerResource {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(reader, "reader");
  }

  public String uri() {
    return resource.uri();
  }
}
