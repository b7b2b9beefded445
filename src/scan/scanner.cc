#include "scan/scanner.h"

#include "scan/attributor.h"
#include "scan/quote_finder.h"

namespace qa {

Scanner::Scanner() = default;
Scanner::~Scanner() = default;

std::unique_ptr<Scanner> Scanner::Create(const RuleSet& rules, std::vector<RuleError>* errors) {
  auto attributor = Attributor::Create(rules, errors);
  if (attributor == nullptr) return nullptr;
  std::unique_ptr<Scanner> scanner(new Scanner());
  scanner->finder_ = std::make_unique<QuoteFinder>();
  scanner->attributor_ = std::move(attributor);
  return scanner;
}

ScanResult Scanner::Scan(const Document& document) const {
  QuoteFinderResult found = finder_->Find(document);
  ScanResult result;
  result.quotes = std::move(found.quotes);
  result.mark_problems = std::move(found.problems);
  attributor_->Attribute(document, &result);
  return result;
}

}  // namespace qa
