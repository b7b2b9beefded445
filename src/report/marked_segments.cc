#include "report/marked_segments.h"

#include <algorithm>
#include <vector>

namespace qa {
namespace {

// At one position: ranges end first, then points stand, then ranges begin,
// so a range ending where another begins never shares a piece with it.
enum class EventType : uint8_t { kEnd, kPoint, kBegin };

struct Event {
  size_t at;
  EventType type;
  uint32_t range;
  friend bool operator<(const Event& a, const Event& b) {
    if (a.at != b.at) return a.at < b.at;
    if (a.type != b.type) return a.type < b.type;
    return a.range < b.range;
  }
};

std::vector<Event> Events(std::span<const Span> ranges, size_t size) {
  std::vector<Event> events;
  events.reserve(ranges.size() * 2);
  for (uint32_t i = 0; i < ranges.size(); ++i) {
    size_t begin = std::min(ranges[i].begin, size);
    size_t end = std::clamp(ranges[i].end, begin, size);
    if (begin == end) {
      events.push_back({begin, EventType::kPoint, i});
    } else {
      events.push_back({begin, EventType::kBegin, i});
      events.push_back({end, EventType::kEnd, i});
    }
  }
  std::sort(events.begin(), events.end());
  return events;
}

}  // namespace

void ForEachMarkedSegment(std::span<const Span> ranges, size_t size,
                          const std::function<void(const MarkedSegment&)>& visit) {
  std::vector<Event> events = Events(ranges, size);
  std::vector<uint32_t> active;
  std::vector<uint32_t> starting;
  size_t at = 0;
  for (size_t e = 0; e < events.size();) {
    size_t position = events[e].at;
    if (position > at) {
      visit({{at, position}, active, starting});
      starting.clear();
      at = position;
    }
    for (; e < events.size() && events[e].at == position; ++e) {
      uint32_t range = events[e].range;
      switch (events[e].type) {
        case EventType::kEnd:
          active.erase(std::lower_bound(active.begin(), active.end(), range));
          break;
        case EventType::kPoint:
          visit({{position, position}, {&range, 1}, {&range, 1}});
          break;
        case EventType::kBegin:
          active.insert(std::lower_bound(active.begin(), active.end(), range), range);
          starting.insert(std::lower_bound(starting.begin(), starting.end(), range), range);
          break;
      }
    }
  }
  if (size > at) visit({{at, size}, active, starting});
}

}  // namespace qa
