// The heap set-up in main: the part of the heap it marks for huge pages must
// be heap, whole huge pages, and actually marked, or the start-up time it
// saves (docs/performance.md) is silently lost.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "cli/heap_tuning.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

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

// What runs before main leaves some free space at the top of the heap, up to
// glibc's old 128 KiB pad, and a first block taken from it does not grow the
// heap; how much depends on the path and arguments (a longer path in CI once
// left enough). This leaves the most it can.
void LeaveFreeSpaceAtTheTopOfTheHeap() {
  void* volatile block = std::malloc(110 << 10);
  std::free(block);
}

// What is wrong with the range marked, or "" when nothing is.
std::string ProblemsWith(const std::optional<HugePageRange>& range) {
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
  return range ? "marked a range, but the sanitizer's allocator has no brk heap\n" : "";
#else
  if (!range) return "marked nothing\n";
  constexpr std::uintptr_t kHugePage = std::uintptr_t{2} << 20;
  std::ostringstream problems;
  if (range->begin % kHugePage != 0 || range->end % kHugePage != 0) {
    problems << "not whole huge pages: " << std::hex << range->begin << "-" << range->end << "\n";
  }
  const std::uintptr_t pages = (range->end - range->begin) / kHugePage;
  if (pages < 30 || pages > 33) {  // the 64 MiB step, less the ends
    problems << pages << " huge pages, not about one 64 MiB step\n";
  }
  for (std::uintptr_t address : {range->begin, range->end - 1}) {
    const Mapping mapping = MappingHolding(address);
    if (mapping.header.find("[heap]") == std::string::npos) {
      problems << "not the heap: " << mapping.header << "\n";
    }
    if (mapping.flags.find(" hg") == std::string::npos) {
      problems << "not marked for huge pages: " << mapping.flags << "\n";
    }
  }
  return problems.str();
#endif
}

// In a process of its own: what other tests of this binary did before would
// otherwise decide what the heap looks like.
[[noreturn]] void TuneTheHeapAndExitWithWhatIsWrong() {
#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
  LeaveFreeSpaceAtTheTopOfTheHeap();
  if (mallinfo2().keepcost < (std::size_t{100} << 10)) {
    std::fputs("the set-up left no room at the top of the heap\n", stderr);
    std::_Exit(2);
  }
#endif
  const std::string problems = ProblemsWith(TuneHeapForOneRun());
  std::fputs(problems.c_str(), stderr);
  std::_Exit(problems.empty() ? 0 : 1);
}

TEST(HeapTuningTest, MarksWholeHugePagesOfTheHeapForHugePages) {
  // "threadsafe" runs the test binary again for this one test: a fresh heap.
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(TuneTheHeapAndExitWithWhatIsWrong(), testing::ExitedWithCode(0), "");
}

}  // namespace
}  // namespace qa
