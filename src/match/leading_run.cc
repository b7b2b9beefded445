#include "match/leading_run.h"

#include "core/utf8.h"

namespace qa {

std::optional<LeadingRun> LeadingRun::Of(std::string_view pattern) {
  size_t after = 0;
  std::optional<StopClass> stops = StopClass::OfGroup(pattern, 0, "+?", &after);
  if (!stops) return std::nullopt;
  std::string_view tail = pattern.substr(after);
  // A quantifier here would repeat the group itself.
  if (tail.empty() || tail.find_first_of("*+?{", 0) == 0) return std::nullopt;
  if (HasTopLevelAlternation(tail)) return std::nullopt;
  return LeadingRun(std::string(tail), std::move(*stops));
}

std::optional<size_t> LeadingRun::RunStart(std::string_view text, size_t start, size_t end) const {
  size_t at = end;
  while (at > start) {
    const auto byte = static_cast<unsigned char>(text[at - 1]);
    if (byte < 0x80) {
      if (stops_.IsStop(byte)) break;
      --at;
      continue;
    }
    // Back over up to three continuation bytes to the lead byte, which must
    // begin a well-formed character ending exactly at `at`.
    size_t lead = at - 1;
    while (lead > start && at - lead < 4 &&
           (static_cast<unsigned char>(text[lead]) & 0xC0) == 0x80) {
      --lead;
    }
    const size_t length = ValidUtf8Length(text, lead);
    if (length == 0 || lead + length != at) return std::nullopt;
    if (stops_.IsStop(DecodeValidUtf8(text, lead, length))) break;
    at = lead;
  }
  return at;
}

}  // namespace qa
