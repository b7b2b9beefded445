// Finding the front matter at the start of a Markdown article (Hugo, Jekyll,
// Astro): YAML between "---" lines, TOML between "+++" lines, or a JSON
// object. Only where the block is; front_matter.h reads what is in it.
#pragma once

#include <cstddef>
#include <string_view>

namespace qa {

struct FrontMatterBlock {
  enum class Kind { kNone, kYaml, kToml, kJson };
  Kind kind = Kind::kNone;
  // The whole block: delimiters and the final line end included.
  size_t begin = 0, end = 0;
  // Between the delimiters (for JSON, the object itself, braces included).
  size_t content_begin = 0, content_end = 0;
};

// The front matter `bytes` starts with, after an optional UTF-8 byte order
// mark: "---" as the first line closed by a "---" or "..." line (YAML),
// "+++" closed by "+++" (TOML), or "{" as the first byte and its matching
// "}" followed by a line end (JSON). A block that is never closed is not
// front matter: Kind::kNone.
FrontMatterBlock FindFrontMatter(std::string_view bytes);

}  // namespace qa
