// What each HTML element is to the reader: inline text, a block of its own,
// something never read, or a line break; and which elements are page
// furniture around a story.
#pragma once

#include <gumbo.h>

namespace qa {

enum class Role { kInline, kBlock, kSkip, kLineBreak };

Role RoleOf(GumboTag tag);

// Page furniture outside the story (nav, header, footer, aside): left out
// when the scope is <body>.
bool IsFurniture(GumboTag tag);

}  // namespace qa
