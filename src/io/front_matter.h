// Reading the fields an editor writes out of a Markdown article's front
// matter (title, description, ...) into the analysis text, each as one block
// mapped to its exact source bytes. The front matter is parsed with real
// parsers (yaml-cpp, toml++, nlohmann::json): the quotes around a YAML or
// TOML string are syntax, not quotation marks, and escapes such as \" stand
// for the character they escape. Every other field is not audited.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "io/document_builder.h"
#include "io/front_matter_block.h"

namespace qa {

// For every field named in `fields` at the top level of `block` (found in
// `bytes` by FindFrontMatter) whose value is a string, in file order: the
// value's text, escapes decoded and lines folded as the format says, added to
// `builder` as one block (builder->EndBlock() after each), every piece mapped
// to the source bytes it came from (for a quoted string, the bytes between
// the quotes). Front matter that does not parse adds one problem naming the
// format and the line, at the source offset of the error, and nothing else.
// Never throws.
void AddFrontMatterFields(std::string_view bytes, const FrontMatterBlock& block,
                          const std::vector<std::string>& fields, DocumentBuilder* builder,
                          std::vector<InputProblem>* problems);

}  // namespace qa
