#include "cli/progress_line.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace qa {

bool ProgressWanted(bool stderr_is_terminal, bool in_ci, bool quiet) {
  return stderr_is_terminal && !in_ci && !quiet;
}

bool InCi() {
  const char* ci = std::getenv("CI");
  return ci != nullptr && *ci != '\0';
}

bool ProgressLine::Due(Duration elapsed) const {
  if (elapsed < kDelay) return false;
  return !shown_ || elapsed - last_ >= kInterval;
}

std::string ProgressLine::Text(size_t done, size_t total, uint64_t bytes, size_t findings,
                               Duration elapsed) {
  const double seconds = std::chrono::duration<double>(elapsed).count();
  const double rate = seconds > 0 ? static_cast<double>(bytes) / 1e6 / seconds : 0.0;
  char speed[32];
  std::snprintf(speed, sizeof(speed), "%.1f", rate);
  return std::to_string(done) + "/" + std::to_string(total) + " articles, " + speed + " MB/s, " +
         std::to_string(findings) + (findings == 1 ? " finding" : " findings");
}

void ProgressLine::Update(size_t done, uint64_t bytes, size_t findings, Duration elapsed) {
  if (out_ == nullptr || !Due(elapsed)) return;
  std::string line = Text(done, total_, bytes, findings, elapsed);
  const size_t width = line.size();
  // Spaces over the rest of a longer earlier line.
  if (width < width_) line.append(width_ - width, ' ');
  *out_ << '\r' << line << std::flush;
  width_ = std::max(width_, width);
  shown_ = true;
  last_ = elapsed;
}

void ProgressLine::Clear() {
  if (out_ == nullptr || !shown_) return;
  *out_ << '\r' << std::string(width_, ' ') << '\r' << std::flush;
  shown_ = false;
  width_ = 0;
}

}  // namespace qa
