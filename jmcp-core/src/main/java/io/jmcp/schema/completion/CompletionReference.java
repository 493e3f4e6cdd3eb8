package io.jmcp.schema.completion;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** What a completion request completes: a prompt's argument or a resource template's variable. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = PromptReference.class, name = "ref/prompt"),
    @JsonSubTypes.Type(value = ResourceTemplateReference.class, name = "ref/resource")
})
public sealed interface CompletionReference permits PromptReference, ResourceTemplateReference {
}
