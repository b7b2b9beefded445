#include "cli/heap_tuning.h"

#include <cstdlib>

#if defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace qa {
namespace {

constexpr std::uintptr_t kHugePage = std::uintptr_t{2} << 20;
// The step the heap grows by; also the most that is marked.
constexpr int kTopPad = 64 << 20;

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr bool kSystemMalloc = false;  // the sanitizer's allocator, not glibc's heap
#else
constexpr bool kSystemMalloc = true;
#endif

}  // namespace

std::optional<HugePageRange> TuneHeapForOneRun() {
#if defined(__GLIBC__)
  // Parsing the rules and auditing each file free and take back the same
  // memory over and over; glibc's default (128 KiB) handed it back to the
  // kernel only to fault it in again. Untouched pages cost no memory.
  mallopt(M_TOP_PAD, kTopPad);
  if (!kSystemMalloc) return std::nullopt;
  // A first fault on a 4 KiB page costs about 10 µs on the VMs this runs on,
  // and loading the rules touches a few MiB of fresh heap: one 2 MiB huge
  // page takes one fault instead of 512. glibc's malloc.hugetlb tunable does
  // the same, but only from the environment before the program starts.
  // Blocks below the mmap threshold come from the heap; once the free space
  // left at its top (up to glibc's old 128 KiB pad, depending on what ran
  // before) is used up, the next one grows the heap by the new pad. They then
  // go back to the top of the heap.
  const auto before = reinterpret_cast<std::uintptr_t>(sbrk(0));
  constexpr int kMostProbes = 8;
  void* probes[kMostProbes] = {};
  int taken = 0;
  while (taken < kMostProbes) {
    probes[taken] = std::malloc(100 << 10);
    if (probes[taken] == nullptr) break;
    ++taken;
    if (reinterpret_cast<std::uintptr_t>(sbrk(0)) != before) break;
  }
  for (int i = 0; i < taken; ++i) std::free(probes[i]);
  const auto brk = reinterpret_cast<std::uintptr_t>(sbrk(0));
  // The break must have moved up by about one step: what lies between the
  // old and the new break is then the heap just grown. A malloc that does
  // not grow the heap by brk (another allocator, or brk refused) leaves it.
  if (brk <= before || brk - before > static_cast<std::uintptr_t>(kTopPad) + (4u << 20)) {
    return std::nullopt;
  }
  HugePageRange range{(before + kHugePage - 1) & ~(kHugePage - 1), brk & ~(kHugePage - 1)};
  if (range.end <= range.begin) return std::nullopt;
  if (madvise(reinterpret_cast<void*>(range.begin), range.end - range.begin, MADV_HUGEPAGE) != 0) {
    return std::nullopt;  // a kernel without transparent huge pages: nothing lost
  }
  return range;
#else
  return std::nullopt;
#endif
}

}  // namespace qa
