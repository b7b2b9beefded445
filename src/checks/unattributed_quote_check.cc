#include "checks/unattributed_quote_check.h"

#include <algorithm>

#include "checks/check_text.h"
#include "core/text.h"

namespace qa {
namespace {

using check_text::ShortExcerpt;

constexpr size_t kExcerptCodePoints = 60;

size_t CountWords(std::string_view text) {
  size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    bool space = IsAsciiSpace(c);
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

bool HasSource(const Quote& quote, const ScanResult& scan) {
  int entity = quote.attribution.entity;
  return entity >= 0 && static_cast<size_t>(entity) < scan.entities.size();
}

}  // namespace

std::unique_ptr<Check> UnattributedQuoteCheck::Create(const RuleInfo& rule, const RuleSet& rules,
                                                      std::vector<RuleError>* errors) {
  OptionReader reader(rule, errors);
  const UnattributedQuoteOptions options = UnattributedQuoteOptions::Read(&reader);
  if (!reader.Finish()) return nullptr;
  return std::unique_ptr<Check>(new UnattributedQuoteCheck(rule.severity, options));
}

UnattributedQuoteOptions UnattributedQuoteOptions::Read(OptionReader* reader) {
  UnattributedQuoteOptions o;
  o.include_partial = reader->Bool("include_partial");
  o.min_words = std::max<size_t>(1, reader->Count("min_words"));
  return o;
}

UnattributedQuoteCheck::UnattributedQuoteCheck(Severity severity,
                                               const UnattributedQuoteOptions& options)
    : severity_(severity),
      include_partial_(options.include_partial),
      min_words_(options.min_words) {}

void UnattributedQuoteCheck::Run(const CheckContext& context, FindingSink findings) const {
  const Document& document = context.document;
  for (const Quote& quote : context.scan.quotes) {
    if (!IsSpokenQuote(quote)) continue;
    if (quote.kind == QuoteKind::kPartial && !include_partial_) continue;
    if (HasSource(quote, context.scan)) continue;
    if (quote.span.end > document.text.size()) continue;
    std::string_view inner = document.Text(quote.inner);
    if (CountWords(inner) < min_words_) continue;
    Finding finding;
    finding.rule = std::string(id());
    finding.severity = severity_;
    std::string_view what = quote.kind == QuoteKind::kPartial ? "partial quote" : "quote";
    finding.message = "unattributed " + std::string(what) + ": \"" +
                      ShortExcerpt(inner, kExcerptCodePoints) +
                      "\" is tied to no speaker; say who said it";
    finding.span = quote.span;
    findings.push_back(std::move(finding));
  }
}

}  // namespace qa
