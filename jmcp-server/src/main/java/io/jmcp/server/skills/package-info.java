/**
 * Publishing agent skills through the skills extension of 2026-07-28 (SEP-2640):
 * {@link io.jmcp.server.skills.SkillLibrary} from a directory or from code.
 */
@NullMarked
package io.jmcp.server.skills;

import org.jspecify.annotations.NullMarked;
