// Checks the project keeps on itself: the check registry, the rule files in
// rules/, the rule pages in docs/rules/ and the fixtures in fixtures/checks/
// must stay in step, and no lexicon may list the same entry twice. These
// read the source tree (QA_SOURCE_DIR), so a new rule that forgets one of
// its files (docs/adding-a-rule.md) fails here with the file to add.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "checks/registry.h"
#include "rules/rule_json.h"
#include "rules/rule_loader.h"
#include "rules/rule_set_builder.h"
#include "scan/word_sets.h"
#include "test_files.h"
#include "verify/verify_rules.h"

namespace qa {
namespace {

namespace fs = std::filesystem;
using test_files::ReadFile;

const fs::path kSource = QA_SOURCE_DIR;

struct RuleFile {
  std::string name;  // "rules/vague-source.json"
  nlohmann::json root;
};

// Every rules/*.json in the source tree, parsed as written (comments
// allowed), in name order.
std::vector<RuleFile> SourceRuleFiles() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(kSource / "rules")) {
    if (entry.path().extension() == ".json") names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  std::vector<RuleFile> files;
  for (const std::string& name : names) {
    std::string relative = "rules/" + name;
    std::vector<RuleError> errors;
    auto root = ParseRuleJson(relative, ReadFile(kSource / relative), &errors);
    EXPECT_TRUE(root.has_value() && errors.empty())
        << relative << ": " << (errors.empty() ? "unreadable" : errors.front().ToString());
    if (root) files.push_back({relative, std::move(*root)});
  }
  return files;
}

// The rule id each rule file defines ("rule": {"id": ...}), by file.
std::map<std::string, std::string> RuleIdsByFile() {
  std::map<std::string, std::string> ids;
  for (const RuleFile& file : SourceRuleFiles()) {
    auto rule = file.root.find("rule");
    if (rule != file.root.end() && rule->is_object()) ids[file.name] = rule->value("id", "");
  }
  return ids;
}

// The rules `quoteaudit verify` reports (src/verify/verify_rules.h).
bool IsVerifyRule(const std::string& id) {
  for (std::string_view verify : VerifyRuleIds()) {
    if (verify == id) return true;
  }
  return false;
}

std::vector<std::string> RegisteredIds() {
  std::vector<std::string> ids;
  for (std::string_view id : RegisteredCheckIds()) ids.emplace_back(id);
  return ids;
}

// The built-in rules with only `id` enabled; a rule missing from rules/ is
// added with its defaults so its check can still be built.
RuleSet OnlyRuleEnabled(const std::string& id) {
  RuleSetBuilder rules(LoadRules({}).rules);
  for (auto& [rule_id, rule] : rules.rules()) rule.enabled = rule_id == id;
  if (rules.current().FindRule(id) == nullptr) {
    RuleInfo rule;
    rule.id = id;
    rules.rules()[id] = rule;
  }
  return std::move(rules).Build();
}

// registry.cc pairs each id with a factory; the check that factory builds
// must report findings under that same id, or `rules` lists one id and the
// findings carry another (and enabling/disabling the rule misses the check).
TEST(SelfCheckTest, EachRegisteredCheckReportsItsRegistryId) {
  std::vector<std::string> ids = RegisteredIds();
  ASSERT_FALSE(ids.empty());
  EXPECT_TRUE(std::is_sorted(ids.begin(), ids.end()))
      << "src/checks/registry.cc lists checks in alphabetical order of id";
  EXPECT_EQ(std::set<std::string>(ids.begin(), ids.end()).size(), ids.size())
      << "an id is registered twice in src/checks/registry.cc";
  for (const std::string& id : ids) {
    std::vector<RuleError> errors;
    std::vector<std::unique_ptr<Check>> checks = MakeChecks(OnlyRuleEnabled(id), &errors);
    for (const RuleError& error : errors) ADD_FAILURE() << id << ": " << error.ToString();
    ASSERT_EQ(checks.size(), 1u) << "registry entry \"" << id << "\" built no check";
    EXPECT_EQ(checks[0]->id(), id)
        << "src/checks/registry.cc registers \"" << id << "\" but its check's id() returns \""
        << checks[0]->id() << "\"";
  }
}

// A rule file with a "rule" and no check does nothing but appear in
// `quoteaudit rules`; a registered check with no rule file is never built
// (MakeChecks builds only checks whose rule is loaded and enabled). The only
// exception is the short list of rules the CLI reports after every check
// has run (PostCheckRuleIds(), docs/adding-a-rule.md).
TEST(SelfCheckTest, EveryRuleFileHasACheckAndEveryCheckARuleFile) {
  std::map<std::string, std::string> by_file = RuleIdsByFile();
  ASSERT_FALSE(by_file.empty());
  std::vector<std::string> registered = RegisteredIds();
  std::set<std::string> defined;
  std::vector<std::string> post_check;
  for (std::string_view id : PostCheckRuleIds()) post_check.emplace_back(id);
  for (const auto& [file, id] : by_file) {
    defined.insert(id);
    if (IsVerifyRule(id)) continue;  // reported by `verify`, with no Check
    bool is_registered = std::find(registered.begin(), registered.end(), id) != registered.end();
    bool is_post_check = std::find(post_check.begin(), post_check.end(), id) != post_check.end();
    EXPECT_TRUE(is_registered || is_post_check)
        << file << " defines rule \"" << id
        << "\" but no check is registered for it in src/checks/registry.cc";
    EXPECT_FALSE(is_registered && is_post_check)
        << "rule \"" << id << "\" is both a registered check and in PostCheckRuleIds()";
  }
  // The exemption list names only rules that exist.
  for (const std::string& id : post_check) {
    EXPECT_TRUE(defined.count(id)) << "PostCheckRuleIds() (src/checks/registry.cc) lists \"" << id
                                   << "\" but no rules/*.json defines it";
  }
  for (const std::string& id : registered) {
    EXPECT_TRUE(defined.count(id))
        << "src/checks/registry.cc registers \"" << id << "\" but no rules/*.json defines "
        << "\"rule\": {\"id\": \"" << id << "\"} (expected rules/" << id << ".json)";
  }
}

// The finding lines of a golden .expected file that carry `rule`:
// "path:line:col: severity: message [rule]" (excerpt lines are indented).
size_t FindingsOf(const std::string& expected, const std::string& rule) {
  size_t count = 0;
  std::istringstream lines(expected);
  const std::string tag = " [" + rule + "]";
  for (std::string line; std::getline(lines, line);) {
    if (line.empty() || line[0] == ' ') continue;
    if (line.size() >= tag.size() && line.compare(line.size() - tag.size(), tag.size(), tag) == 0)
      ++count;
  }
  return count;
}

// docs/adding-a-rule.md: every rule that reports findings has a page, a case
// that fires and a near miss that stays silent, with reviewed goldens. All
// built-in rules are `check` rules, so their fixtures are in
// fixtures/checks/<id>/, audited by the golden test.
TEST(SelfCheckTest, EveryRuleHasADocPageAndFixturesThatFireAndStaySilent) {
  std::map<std::string, std::string> by_file = RuleIdsByFile();
  ASSERT_FALSE(by_file.empty());
  for (const auto& [file, id] : by_file) {
    SCOPED_TRACE(file);
    EXPECT_TRUE(fs::is_regular_file(kSource / "docs/rules" / (id + ".md")))
        << "rule \"" << id << "\" has no page docs/rules/" << id << ".md";
    if (IsVerifyRule(id)) {
      // verify's rules are golden-tested in fixtures/verify/ (verify_fixtures_test.cc).
      EXPECT_TRUE(fs::is_directory(kSource / "fixtures/verify"));
      continue;
    }
    const fs::path folder = kSource / "fixtures/checks" / id;
    const std::string shown = "fixtures/checks/" + id;
    if (!fs::is_directory(folder)) {
      ADD_FAILURE() << "rule \"" << id << "\" has no fixture folder " << shown
                    << "/ (fires-*.txt and silent-*.txt with .expected goldens)";
      continue;
    }
    EXPECT_TRUE(fs::is_regular_file(folder / "README.md"))
        << shown << "/README.md must say what each case shows";
    size_t fires = 0, silent = 0;
    std::vector<fs::path> cases;
    for (const auto& entry : fs::directory_iterator(folder)) {
      // Plain text, or Markdown and HTML for rules that need markup (inline
      // suppression directives live in HTML comments).
      std::string extension = entry.path().extension().string();
      if (extension == ".txt" || extension == ".md" || extension == ".html") {
        cases.push_back(entry.path());
      }
    }
    std::sort(cases.begin(), cases.end());
    for (const fs::path& txt : cases) {
      std::string name = txt.filename().string();
      if (name == "README.md") continue;
      bool is_fires = name.starts_with("fires-");
      bool is_silent = name.starts_with("silent-");
      if (!is_fires && !is_silent) continue;
      fs::path expected = fs::path(txt).replace_extension(".expected");
      if (!fs::is_regular_file(expected)) {
        ADD_FAILURE() << shown << "/" << name << " has no .expected golden; run "
                      << "scripts/update-golden " << shown << "/ and review it";
        continue;
      }
      size_t findings = FindingsOf(ReadFile(expected), id);
      if (is_fires) {
        ++fires;
        EXPECT_GT(findings, 0u) << shown << "/" << expected.filename().string() << " shows no ["
                                << id << "] finding, but the case is named "
                                << "fires-*";
      } else {
        ++silent;
        EXPECT_EQ(findings, 0u) << shown << "/" << expected.filename().string() << " shows "
                                << findings << " [" << id << "] finding(s), but the case is "
                                << "named silent-* (a near miss must stay silent)";
      }
    }
    EXPECT_GE(fires, 1u) << shown << "/ needs a fires-*.txt case with its .expected golden";
    EXPECT_GE(silent, 1u) << shown << "/ needs a silent-*.txt near miss with its .expected golden";
  }
}

// Every lexicon is matched without case by its PhraseSet, by the checks'
// patterns (CompileCheckPattern) or after lower-casing, except the ones
// WordSets::CaseSensitiveLexicons() names and those an attribution pattern
// uses outside (?i:...).
// The scanner's case-sensitive lexicons, plus every lexicon an attribution pattern (which
// is compiled case-sensitively) names outside a (?i:...) group.
std::set<std::string> CaseSensitiveLexicons(const RuleSet& rules) {
  std::vector<std::string> scanner = WordSets::CaseSensitiveLexicons();
  std::set<std::string> names(scanner.begin(), scanner.end());
  for (const AttributionPatternSpec& spec : rules.attribution_patterns()) {
    if (spec.pattern.starts_with("(?i)")) continue;
    for (const auto& [name, lexicon] : rules.lexicons()) {
      const std::string placeholder = "{" + name + "}";
      for (size_t at = spec.pattern.find(placeholder); at != std::string::npos;
           at = spec.pattern.find(placeholder, at + 1)) {
        bool insensitive = at >= 4 && spec.pattern.compare(at - 4, 4, "(?i:") == 0;
        if (!insensitive) names.insert(name);
      }
    }
  }
  return names;
}

// An entry as the matchers compare it: whitespace runs as one space, a curly
// apostrophe as a straight one, ASCII lower case unless `keep_case`.
std::string MatchKey(const std::string& entry, bool keep_case) {
  std::string key;
  bool space = false;
  for (size_t i = 0; i < entry.size(); ++i) {
    char c = entry[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = !key.empty();
      continue;
    }
    if (space) key += ' ';
    space = false;
    if (entry.compare(i, 3, "\xE2\x80\x99") == 0) {
      key += '\'';
      i += 2;
      continue;
    }
    key += !keep_case && c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return key;
}

// The loader drops exact repeats and the matchers repeats that differ only in
// case, so a duplicate changes nothing but hides the list's real size and
// makes a user's "remove" of one spelling silently keep the other. Compared
// on the raw JSON of every rules/*.json, since the loaded lexicon is already
// deduplicated; entries added to one lexicon from several files count too.
TEST(SelfCheckTest, NoLexiconListsAnEntryTwice) {
  RuleLoadResult loaded = LoadRules({});
  ASSERT_TRUE(loaded.errors.empty()) << loaded.errors.front().ToString();
  const std::set<std::string> case_sensitive = CaseSensitiveLexicons(loaded.rules);
  struct Seen {
    std::string entry;
    std::string file;
  };
  std::map<std::string, std::map<std::string, Seen>> seen;  // lexicon -> key -> first
  for (const RuleFile& file : SourceRuleFiles()) {
    auto lexicons = file.root.find("lexicons");
    if (lexicons == file.root.end() || !lexicons->is_object()) continue;
    for (const auto& [name, body] : lexicons->items()) {
      if (!body.is_object()) continue;
      std::string mode = body.value("mode", "add");
      if (mode == "remove") continue;
      if (mode == "replace") seen[name].clear();
      auto entries = body.find("entries");
      if (entries == body.end() || !entries->is_array()) continue;
      bool keep_case = case_sensitive.count(name) > 0;
      for (const auto& value : *entries) {
        if (!value.is_string()) continue;
        std::string entry = value.get<std::string>();
        auto [it, inserted] = seen[name].try_emplace(MatchKey(entry, keep_case), entry, file.name);
        EXPECT_TRUE(inserted) << file.name << ": lexicon \"" << name << "\" lists \"" << entry
                              << "\", already listed as \"" << it->second.entry << "\" in "
                              << it->second.file
                              << (keep_case ? "" : " (this lexicon is matched without case)");
      }
    }
  }
}

TEST(SelfCheckHarnessTest, MatchKeyFollowsTheMatchers) {
  EXPECT_EQ(MatchKey("  Chief   Executive ", false), "chief executive");
  EXPECT_EQ(MatchKey("Chief Executive", true), "Chief Executive");
  EXPECT_EQ(MatchKey("people\xE2\x80\x99s", false), "people's");
}

TEST(SelfCheckHarnessTest, FindingsOfReadsOnlyFindingLines) {
  const std::string expected =
      "a.txt:3:1: warning: vague source [vague-source]\n"
      "    Experts said [vague-source]\n"
      "a.txt:5:1: error: quote has no source [unattributed-quote]\n";
  EXPECT_EQ(FindingsOf(expected, "vague-source"), 1u);
  EXPECT_EQ(FindingsOf(expected, "unattributed-quote"), 1u);
  EXPECT_EQ(FindingsOf(expected, "boilerplate"), 0u);
  EXPECT_EQ(FindingsOf("", "vague-source"), 0u);
}

}  // namespace
}  // namespace qa
