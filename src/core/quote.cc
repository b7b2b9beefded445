#include "core/quote.h"

namespace qa {

const Entity* ScanResult::SpeakerOf(const Quote& quote) const {
  int index = quote.attribution.entity;
  if (index < 0 || static_cast<size_t>(index) >= entities.size()) return nullptr;
  return &entities[static_cast<size_t>(index)];
}

const Entity* ScanResult::InnerSpeakerOf(const Quote& quote) const {
  int index = quote.attribution.inner_entity;
  if (index < 0 || static_cast<size_t>(index) >= entities.size()) return nullptr;
  return &entities[static_cast<size_t>(index)];
}

std::string_view QuoteKindName(QuoteKind kind) {
  switch (kind) {
    case QuoteKind::kDirect:
      return "direct";
    case QuoteKind::kPartial:
      return "partial";
    case QuoteKind::kScare:
      return "scare";
    case QuoteKind::kTitle:
      return "title";
  }
  return "direct";
}

std::string_view SpeakerKindName(SpeakerKind kind) {
  switch (kind) {
    case SpeakerKind::kPerson:
      return "person";
    case SpeakerKind::kOrganization:
      return "organization";
    case SpeakerKind::kDocument:
      return "document";
    case SpeakerKind::kVague:
      return "vague";
    case SpeakerKind::kUnknown:
      return "unknown";
  }
  return "unknown";
}

}  // namespace qa
