// Several reporters fed from one run (--format sarif:out.sarif --format
// github): each file and the summary go to every one, in order.
#pragma once

#include <memory>
#include <vector>

#include "report/reporter.h"

namespace qa {

class ReporterGroup : public Reporter {
 public:
  void Add(std::unique_ptr<Reporter> reporter) { reporters_.push_back(std::move(reporter)); }
  void AddFile(const FileReport& file) override {
    for (auto& reporter : reporters_) reporter->AddFile(file);
  }
  void Finish(const RunSummary& summary) override {
    for (auto& reporter : reporters_) reporter->Finish(summary);
  }
  bool UsesFingerprints() const override {
    for (const auto& reporter : reporters_) {
      if (reporter->UsesFingerprints()) return true;
    }
    return false;
  }
  bool UsesExplanations() const override {
    for (const auto& reporter : reporters_) {
      if (reporter->UsesExplanations()) return true;
    }
    return false;
  }

 private:
  std::vector<std::unique_ptr<Reporter>> reporters_;
};

}  // namespace qa
