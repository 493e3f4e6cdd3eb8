/** What both ends of the skills extension compute alike: frontmatter and digests. */
@NullMarked
package io.jmcp.core.skills;

import org.jspecify.annotations.NullMarked;
