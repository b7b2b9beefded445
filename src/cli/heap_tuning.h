// How the process's main heap is set up before any work: glibc's malloc
// defaults suit long-lived programs that give memory back, not a command
// that loads its rules, audits and exits (docs/performance.md, "The heap").
#pragma once

#include <cstdint>
#include <optional>

namespace qa {

// The bytes [begin, end) of the heap marked for transparent huge pages.
struct HugePageRange {
  std::uintptr_t begin = 0;
  std::uintptr_t end = 0;
};

// Grows glibc's main heap in 64 MiB steps and keeps what is freed, then
// asks the kernel to back the 2 MiB-aligned part of that step with huge
// pages (madvise MADV_HUGEPAGE). Call once, first thing in main. Returns
// the range marked, or nullopt where there is none to mark: not glibc, a
// sanitizer's allocator, or a heap that is not where the brk break says.
std::optional<HugePageRange> TuneHeapForOneRun();

}  // namespace qa
