#include "report/html_quote_text.h"

#include <cstdio>

#include "report/excerpt.h"

namespace qa {
namespace {

constexpr size_t kNameWidth = 80;
constexpr size_t kCueWidth = 40;

}  // namespace

QuoteAttributionText DescribeAttribution(const Document& document, const ScanResult& scan,
                                         const Quote& quote) {
  const Attribution& attribution = quote.attribution;
  const Entity* entity = scan.SpeakerOf(quote);
  QuoteAttributionText text;
  if (entity != nullptr) text.speaker = Excerpt(entity->name, {0, entity->name.size()}, kNameWidth);
  text.speaker_kind =
      std::string(SpeakerKindName(entity != nullptr ? entity->kind : SpeakerKind::kUnknown));
  if (!attribution.cue.empty()) {
    text.cue = Excerpt(document.original(), document.ToSource(attribution.cue), kCueWidth);
  }
  text.rule = Excerpt(attribution.rule, {0, attribution.rule.size()}, kNameWidth);
  if (entity != nullptr || !attribution.rule.empty()) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%.2f", attribution.confidence);
    text.confidence = buffer;
  }
  return text;
}

std::string QuoteHoverText(size_t number, const Quote& quote, const QuoteAttributionText& text) {
  std::string hover =
      "Quote " + std::to_string(number) + " (" + std::string(QuoteKindName(quote.kind)) + ")\n";
  if (text.speaker.empty()) {
    hover += "No speaker found";
  } else {
    hover += "Speaker: " + text.speaker + " (" + text.speaker_kind + ")";
  }
  if (!text.cue.empty()) hover += "\nCue: " + text.cue;
  if (!text.rule.empty()) hover += "\nRule: " + text.rule;
  if (!text.confidence.empty()) {
    hover += (text.rule.empty() ? "\nConfidence " : ", confidence ") + text.confidence;
  }
  return hover;
}

}  // namespace qa
