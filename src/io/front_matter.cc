#include "io/front_matter.h"

#include <exception>

#include "io/front_matter_text.h"

namespace qa {

using front_matter::AddJson;
using front_matter::AddToml;
using front_matter::AddYaml;

void AddFrontMatterFields(std::string_view bytes, const FrontMatterBlock& block,
                          const std::vector<std::string>& fields, DocumentBuilder* builder,
                          std::vector<InputProblem>* problems) {
  if (builder == nullptr || block.content_end > bytes.size() ||
      block.content_begin > block.content_end) {
    return;
  }
  try {
    switch (block.kind) {
      case FrontMatterBlock::Kind::kYaml:
        AddYaml(bytes, block, fields, builder, problems);
        break;
      case FrontMatterBlock::Kind::kToml:
        AddToml(bytes, block, fields, builder, problems);
        break;
      case FrontMatterBlock::Kind::kJson:
        AddJson(bytes, block, fields, builder, problems);
        break;
      case FrontMatterBlock::Kind::kNone:
        break;
    }
  } catch (const std::exception& error) {
    // The parsers' own failures are caught above; this is the last guard.
    if (problems != nullptr) {
      problems->push_back(
          {std::string("front matter could not be read: ") + error.what(), block.content_begin});
    }
  }
}

}  // namespace qa
