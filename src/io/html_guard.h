// Guards that keep a hostile HTML page from crashing or stalling the HTML
// reader: gumbo's tree is freed without recursion, and a page nested deeper
// than gumbo can build in reasonable time is refused before parsing.
#pragma once

#include <cstddef>
#include <cstdlib>
#include <string_view>
#include <vector>

namespace qa {

// Every block gumbo allocates, so that the tree is freed here in one loop:
// gumbo_destroy_output() recurses once per level and would overflow the
// stack on a page nested a few hundred thousand elements deep. Each block
// has a header holding its index in `blocks_`, so freeing one is O(1).
class GumboMemory {
 public:
  GumboMemory() = default;
  GumboMemory(const GumboMemory&) = delete;
  GumboMemory& operator=(const GumboMemory&) = delete;
  ~GumboMemory() {
    for (Header* block : blocks_) std::free(block);
  }
  static void* Allocate(void* self, size_t size) {
    auto* memory = static_cast<GumboMemory*>(self);
    auto* block = static_cast<Header*>(std::malloc(sizeof(Header) + size));
    if (block == nullptr) return nullptr;
    block->index = memory->blocks_.size();
    memory->blocks_.push_back(block);
    return block + 1;
  }
  static void Deallocate(void* self, void* pointer) {
    if (pointer == nullptr) return;
    auto* memory = static_cast<GumboMemory*>(self);
    Header* block = static_cast<Header*>(pointer) - 1;
    Header* last = memory->blocks_.back();
    memory->blocks_[block->index] = last;
    last->index = block->index;
    memory->blocks_.pop_back();
    std::free(block);
  }

 private:
  struct alignas(std::max_align_t) Header {
    size_t index;
  };
  std::vector<Header*> blocks_;
};

// A rough count of how deeply the page's tags nest (start tags that need an
// end tag minus the end tags that close one; it errs on the deep side).
// Pages nested deeper than a limit (Limits::max_nesting_depth) are an input
// error: gumbo's time grows with the depth.
struct HtmlDepth {
  size_t deepest = 0;
  size_t over_at = 0;  // byte offset of the first start tag deeper than the limit
};
HtmlDepth EstimatedHtmlDepth(std::string_view input, size_t limit);

}  // namespace qa
