// LoadRules: finds and reads rule files in merge order; see rule_file_merge.cc
// for what happens to each.
#include "rules/rule_loader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "rules/pattern_expander.h"
#include "rules/rule_json.h"
#include "rules/rule_snapshot.h"

namespace qa {
namespace {

namespace fs = std::filesystem;

// The *.json files directly inside `dir`, sorted by name.
std::vector<fs::path> RuleFilesIn(const fs::path& dir, std::error_code* error) {
  std::vector<fs::path> files;
  fs::directory_iterator it(dir, *error);
  for (; !*error && it != fs::directory_iterator(); it.increment(*error)) {
    const fs::path& path = it->path();
    std::string name = path.filename().string();
    std::error_code status_error;
    if (name.starts_with(".") || path.extension() != ".json" ||
        !fs::is_regular_file(path, status_error)) {
      continue;
    }
    files.push_back(path);
  }
  std::sort(files.begin(), files.end());
  return files;
}

void MergeFileFromDisk(const fs::path& path, RuleSetBuilder* rules,
                       std::vector<RuleError>* errors) {
  std::string content;
  if (!ReadJsonFile(path, &content)) {
    errors->push_back({path.string(), "", "cannot read the file"});
    return;
  }
  MergeRuleFile(path.string(), content, rules, errors);
}

void MergeUserPath(const std::string& user_path, RuleSetBuilder* rules,
                   std::vector<RuleError>* errors) {
  fs::path path(user_path);
  std::error_code error;
  fs::file_status status = fs::status(path, error);
  if (error || !fs::exists(status)) {
    errors->push_back({user_path, "", "no such file or directory"});
    return;
  }
  if (fs::is_directory(status)) {
    std::vector<fs::path> files = RuleFilesIn(path, &error);
    if (error) {
      errors->push_back({user_path, "", "cannot read the directory: " + error.message()});
      return;
    }
    for (const fs::path& file : files) MergeFileFromDisk(file, rules, errors);
    return;
  }
  if (path.extension() != ".json") {
    errors->push_back({user_path, "", "not a rule file: expected a directory or a .json file"});
    return;
  }
  MergeFileFromDisk(path, rules, errors);
}

}  // namespace

void ValidateRuleSet(const RuleSet& rules, std::vector<RuleError>* errors) {
  for (const AttributionPatternSpec& spec : rules.attribution_patterns()) {
    if (spec.where == "continuation") continue;  // no pattern to compile
    // A built-in pattern over built-in words compiles: a test compiles
    // them all, and this one waits for its first use.
    if (rules.IsBuiltInPattern(spec.pattern) &&
        OverBuiltInWords(SplitPlaceholders(spec.pattern, rules), rules)) {
      continue;
    }
    std::string key = spec.pointer.empty() ? "" : spec.pointer + "/pattern";
    ExpandedPattern expanded = ExpandPlaceholders(spec.pattern, rules);
    if (!expanded.ok()) {
      errors->push_back({spec.source, key, expanded.Error(rules)});
      continue;
    }
    std::string error;
    if (!Pattern::Compile(expanded.regex, PatternOptions{}, &error)) {
      errors->push_back(
          {spec.source, key,
           "does not compile: " + DescribeCompileError(error, expanded.regex, spec.pattern)});
    }
  }
}

RuleLoadResult LoadRules(const std::vector<std::string>& user_dirs) {
  RuleLoadResult result;
  RuleSetBuilder builder;
  // The built-in files as the build merged them; should the snapshot not
  // read (a bug), merging the files again gives the same set, only slower.
  if (!ReadRuleSnapshot(BuiltInRuleSnapshot(), &builder)) {
    builder = RuleSetBuilder();
    MergeEmbeddedRuleFiles(&builder, &result.errors);
  }
  if (user_dirs.empty()) {
    result.rules = std::move(builder).Build();
    result.rules.set_built_in_words_only(true);
    return result;
  }
  // What the user files leave as built in: only patterns over words they
  // change compile at start-up.
  RuleSet built_in = builder.current();
  built_in.set_built_in_words_only(true);
  for (const std::string& path : user_dirs) MergeUserPath(path, &builder, &result.errors);
  result.rules = std::move(builder).Build();
  result.rules.KeepBuiltInPartsOf(built_in);
  // The built-in rules alone are checked by the tests (BuiltInPatternsCompile);
  // compiling them twice on each start would only cost time.
  const size_t errors_before = result.errors.size();
  ValidateRuleSet(result.rules, &result.errors);
  // Each built-in pattern over changed words just compiled: the scanner
  // need not compile it again before its first use.
  if (result.errors.size() == errors_before) {
    for (const AttributionPatternSpec& spec : result.rules.attribution_patterns()) {
      if (result.rules.IsBuiltInPattern(spec.pattern)) result.rules.MarkChecked(spec.pattern);
    }
  }
  return result;
}

}  // namespace qa
