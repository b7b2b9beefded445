#include "report/html_speaker_colours.h"

#include "report/html_style.h"

namespace qa {

std::vector<int> SpeakerColourSlots(const ScanResult& scan) {
  std::vector<int> slots(scan.entities.size(), -1);
  int speakers = 0;
  for (const Quote& quote : scan.quotes) {
    int entity = quote.attribution.entity;
    if (entity < 0 || static_cast<size_t>(entity) >= slots.size() || slots[entity] >= 0) continue;
    slots[entity] = speakers++ % kHtmlSpeakerColours;
  }
  return slots;
}

std::string SpeakerColourClass(const Quote& quote, const std::vector<int>& slots) {
  int entity = quote.attribution.entity;
  if (entity < 0 || static_cast<size_t>(entity) >= slots.size() || slots[entity] < 0) return "qn";
  return "s" + std::to_string(slots[entity]);
}

}  // namespace qa
