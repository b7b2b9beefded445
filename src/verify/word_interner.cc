#include "verify/word_interner.h"

namespace qa {

uint32_t WordInterner::Intern(std::string_view word) {
  auto found = ids_.find(word);
  if (found != ids_.end()) return found->second;
  uint32_t id = static_cast<uint32_t>(ids_.size());
  ids_.emplace(std::string(word), id);
  return id;
}

uint32_t WordInterner::Find(std::string_view word) const {
  auto found = ids_.find(word);
  return found == ids_.end() ? kUnknownWord : found->second;
}

}  // namespace qa
