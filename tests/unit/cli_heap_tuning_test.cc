// The heap set-up in main: the part of the heap it marks for huge pages must
// be heap, whole huge pages, and actually marked, or the start-up time it
// saves (docs/performance.md) is silently lost.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "cli/heap_tuning.h"

namespace qa {
namespace {

// The lines of /proc/self/smaps that describe the mapping holding `address`:
// its header (range, permissions, name) and its VmFlags.
struct Mapping {
  std::string header;
  std::string flags;
};

Mapping MappingHolding(std::uintptr_t address) {
  std::ifstream smaps("/proc/self/smaps");
  Mapping found;
  bool inside = false;
  std::string line;
  while (std::getline(smaps, line)) {
    std::uintptr_t begin = 0;
    std::uintptr_t end = 0;
    char dash = 0;
    std::istringstream fields(line);
    // A header line starts with "begin-end" in hex; the rest are "Key: value".
    if (fields >> std::hex >> begin >> dash >> end && dash == '-') {
      inside = begin <= address && address < end;
      if (inside) found.header = line;
    } else if (inside && line.starts_with("VmFlags:")) {
      found.flags = line;
    }
  }
  return found;
}

TEST(HeapTuningTest, MarksWholeHugePagesOfTheHeapForHugePages) {
  const std::optional<HugePageRange> range = TuneHeapForOneRun();
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
  EXPECT_FALSE(range.has_value()) << "the sanitizer's allocator has no brk heap to mark";
#else
  ASSERT_TRUE(range.has_value());
  constexpr std::uintptr_t kHugePage = std::uintptr_t{2} << 20;
  EXPECT_EQ(range->begin % kHugePage, 0u);
  EXPECT_EQ(range->end % kHugePage, 0u);
  EXPECT_GE(range->end - range->begin, 30 * kHugePage);  // the 64 MiB step, less the ends
  EXPECT_LE(range->end - range->begin, 33 * kHugePage);
  for (std::uintptr_t address : {range->begin, range->end - 1}) {
    const Mapping mapping = MappingHolding(address);
    EXPECT_NE(mapping.header.find("[heap]"), std::string::npos) << mapping.header;
    EXPECT_NE(mapping.flags.find(" hg"), std::string::npos) << mapping.flags;
  }
#endif
}

}  // namespace
}  // namespace qa
