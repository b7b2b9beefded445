// Fuzz target: finding and reading front matter (io/front_matter_block.h,
// io/front_matter.h: yaml-cpp, toml++, nlohmann::json) on any bytes.
#include "fuzz_support.h"
#include "io/document_builder.h"
#include "io/front_matter.h"
#include "io/front_matter_block.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes = qa::fuzz::Bytes(data, size);
  qa::FrontMatterBlock block = qa::FindFrontMatter(bytes);
  if (block.kind != qa::FrontMatterBlock::Kind::kNone) {
    qa::fuzz::Require(block.begin <= block.content_begin &&
                          block.content_begin <= block.content_end &&
                          block.content_end <= block.end && block.end <= bytes.size(),
                      "front matter block outside the bytes");
  }
  qa::DocumentBuilder builder("fuzz.md", bytes);
  std::vector<qa::InputProblem> problems;
  qa::AddFrontMatterFields(bytes, block, {"title", "subtitle", "description", "summary", "caption"},
                           &builder, &problems);
  qa::Document document = std::move(builder).Finish();
  qa::fuzz::CheckDocument(document);
  for (const qa::InputProblem& problem : problems) {
    qa::fuzz::Require(problem.offset <= bytes.size(), "front matter problem past the end");
  }
  return 0;
}
