// STUB: replaced by the quote-finder work. Pairs straight double quotes only.
#include "scan/quote_finder.h"

namespace qa {

QuoteFinderResult QuoteFinder::Find(const Document& document) const {
  QuoteFinderResult result;
  const std::string& text = document.text;
  size_t open = std::string::npos;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '"') continue;
    if (open == std::string::npos) {
      open = i;
    } else {
      Quote quote;
      quote.span = {open, i + 1};
      quote.inner = {open + 1, i};
      result.quotes.push_back(quote);
      open = std::string::npos;
    }
  }
  return result;
}

}  // namespace qa
