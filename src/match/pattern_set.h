// Several patterns searched in one pass (RE2::Set): which of them match
// somewhere in a text. For many small patterns asked about every path of a
// walk (ignore rules), where one search per pattern cost more than reading
// the file names.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace qa {

class PatternSet {
 public:
  // The set of `patterns` (each as Pattern::Compile takes it, with default
  // options), or null when one of them or the set does not compile: the
  // caller then searches its patterns one by one.
  static std::unique_ptr<PatternSet> Compile(const std::vector<std::string>& patterns);
  ~PatternSet();
  PatternSet(const PatternSet&) = delete;
  PatternSet& operator=(const PatternSet&) = delete;

  // The indexes (into the patterns given) of those that match somewhere in
  // `text`, in no particular order, into *matching. False when RE2 cannot
  // tell (its automaton ran out of memory): then ask each pattern.
  bool Matching(std::string_view text, std::vector<int>* matching) const;

 private:
  struct Re2Set;
  explicit PatternSet(std::unique_ptr<Re2Set> set);
  std::unique_ptr<Re2Set> set_;
};

}  // namespace qa
