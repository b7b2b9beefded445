// The progress line of a long check or quotes run: one line on standard
// error, redrawn in place with \r a few times a second ("312/2225 articles,
// 4.1 MB/s, 57 findings") and erased at the end. Only for a person watching:
// never when standard error is not a terminal, in CI, or with --quiet, and
// only once the run has lasted a second.
#pragma once

#include <chrono>
#include <cstdint>
#include <ostream>
#include <string>

namespace qa {

// Whether a run may show a progress line at all.
bool ProgressWanted(bool stderr_is_terminal, bool in_ci, bool quiet);

// Whether the environment says this is a CI job (CI set and not empty, as
// GitHub Actions, GitLab CI and most others set it).
bool InCi();

class ProgressLine {
 public:
  using Duration = std::chrono::steady_clock::duration;
  static constexpr Duration kDelay = std::chrono::seconds(1);            // quiet before this
  static constexpr Duration kInterval = std::chrono::milliseconds(250);  // between redraws

  // Draws on `out`; null draws nothing (the line is not wanted).
  ProgressLine(std::ostream* out, size_t total) : out_(out), total_(total) {}
  ~ProgressLine() { Clear(); }

  // After each article: the counts so far and the time since the run began.
  // Redraws when Due(elapsed).
  void Update(size_t done, uint64_t bytes, size_t findings, Duration elapsed);
  // Erases the line if one is shown.
  void Clear();

  // Whether a redraw is due at `elapsed`: after kDelay, and kInterval after
  // the previous one.
  bool Due(Duration elapsed) const;
  // "312/2225 articles, 4.1 MB/s, 57 findings".
  static std::string Text(size_t done, size_t total, uint64_t bytes, size_t findings,
                          Duration elapsed);

 private:
  std::ostream* out_;
  size_t total_;
  bool shown_ = false;
  Duration last_ = Duration::zero();
  size_t width_ = 0;  // of the line on screen
};

}  // namespace qa
