// Step 4 of the scan: every name the article gives outside its quotes goes
// into the entity registry before any quote is attributed, so that the
// fullest form of a name wins even when it comes later ("Koval" early in a
// story, "Ines Koval" in its third paragraph). Datelines opening a paragraph
// ("PORTVALE (Wirefax) —") are left out: they never speak.
#pragma once

#include <vector>

#include "core/document.h"
#include "core/quote.h"
#include "scan/document_tokens.h"
#include "scan/entity_registry.h"
#include "scan/text_layout.h"

namespace qa {

// Reads the names slice by slice as DocumentTokens makes the tokens (its
// SliceReader), so no token is expanded twice: Read every slice in text
// order, then Finish.
class NameCollector {
 public:
  // All three must outlive this.
  NameCollector(const TextLayout& layout, const std::vector<Quote>& quotes,
                EntityRegistry* registry)
      : layout_(layout), quotes_(quotes), registry_(registry) {}

  // One slice's tokens, all of them (those inside quotes are dropped here).
  void Read(const DocumentTokens::Slice& slice, std::vector<Token>* tokens);
  // After the last slice: what needed the whole article.
  void Finish() { registry_->FinishNames(); }

 private:
  const TextLayout& layout_;
  const std::vector<Quote>& quotes_;
  EntityRegistry* registry_;
};

// The number of tokens a dateline takes at the start of `tokens` (a place
// in capitals, an optional region after a comma, an optional agency in
// parentheses, closed by a dash); 0 when they open with none.
size_t DatelineLength(const std::vector<Token>& tokens);

}  // namespace qa
