#include "cli/config_engines.h"

#include "config/config_apply.h"

namespace qa {
namespace {

ConfigMode ModeOf(const Options& options) {
  if (options.no_config) return ConfigMode::kNone;
  return options.config_file.empty() ? ConfigMode::kDiscover : ConfigMode::kFile;
}

}  // namespace

ReaderOptions ReaderOptionsFor(const Config* config, const std::string& input_format) {
  ReaderOptions options;
  options.format = ParseInputFormat(input_format);  // nullopt: by extension
  if (config != nullptr && config->front_matter_fields) {
    options.front_matter_fields = *config->front_matter_fields;
  }
  if (config != nullptr) options.limits = config->limits;
  return options;
}

EngineSet::EngineSet(const Options& options)
    : options_(options), configs_(ModeOf(options), options.config_file), ignore_(&configs_) {
  ignore_.set_defaults(
      [this](const std::filesystem::path& directory) { return WalkSkipIn(directory); });
  std::error_code error;
  ignore_.set_command_line(IgnoreRules::Parse(options.include, "--include", "", &engine_errors_),
                           IgnoreRules::Parse(options.exclude, "--exclude", "", &engine_errors_),
                           std::filesystem::current_path(error));
}

EngineSet::~EngineSet() = default;

WalkChoice ToWalkChoice(WalkVerdict verdict) {
  switch (verdict) {
    case WalkVerdict::kLeaveOut:
      return WalkChoice::kLeaveOut;
    case WalkVerdict::kTake:
      return WalkChoice::kTake;
    case WalkVerdict::kByExtension:
      break;
  }
  return WalkChoice::kByExtension;
}

std::function<WalkChoice(const std::filesystem::path&, bool)> EngineSet::WalkHook() {
  return [this](const std::filesystem::path& path, bool is_directory) {
    return ToWalkChoice(ignore_.Choose(path, is_directory));
  };
}

const IgnoreRules* EngineSet::WalkSkipIn(const std::filesystem::path& directory) {
  Engine* engine = For(directory.string(), /*build_auditor=*/false);
  if (engine == nullptr) return nullptr;
  if (engine->walk_skip == nullptr) {
    const Lexicon* lexicon = engine->rules.FindLexicon(std::string(kWalkSkipLexicon));
    std::vector<std::string> entries;
    std::string source = "rules/walk-skip-lexicon.json";
    if (lexicon != nullptr) {
      entries = lexicon->entries;
      source = lexicon->source;
    }
    engine->walk_skip = IgnoreRules::Parse(entries, source, "/lexicons/walk-skip/entries",
                                           &engine_errors_, /*ignore_case=*/true);
  }
  return engine->walk_skip.get();
}

Engine* EngineSet::For(const std::string& input, bool build_auditor, bool is_file) {
  const Config* config = configs_.ForInput(input, is_file);
  auto [it, is_new] = engines_.try_emplace(config);
  if (is_new) {
    auto engine = std::make_unique<Engine>();
    engine->config = config;
    engine->rule_dirs = options_.rule_dirs;
    if (config != nullptr) {
      engine->rule_dirs.insert(engine->rule_dirs.end(), config->rules_dirs.begin(),
                               config->rules_dirs.end());
    }
    RuleLoadResult loaded = LoadRulesWithConfig(options_.rule_dirs, config);
    engine->levels = ResolveLevels(config, RunLevels{options_.min_level, options_.fail_level},
                                   options_.min_level_given, options_.fail_level_given);
    if (loaded.errors.empty()) {
      engine->rules = std::move(loaded.rules);
      it->second = std::move(engine);
    } else {
      engine_errors_.insert(engine_errors_.end(), loaded.errors.begin(), loaded.errors.end());
    }
  }
  Engine* engine = it->second.get();
  // A broken config's engine still has its rules (so its remaining mistakes
  // are found) but no auditor: the run stops before auditing anything.
  if (engine == nullptr || !build_auditor || engine->auditor != nullptr ||
      !configs_.errors().empty()) {
    return engine;
  }
  std::vector<RuleError> errors;
  engine->auditor = Auditor::Create(engine->rules, &errors);
  if (engine->auditor == nullptr) {
    engine_errors_.insert(engine_errors_.end(), errors.begin(), errors.end());
    it->second.reset();
    return nullptr;
  }
  engine->auditor->ShareCrossFileState(&cross_file_state_);
  engine->auditor->set_reader_options(ReaderOptionsFor(config, options_.input_format));
  return engine;
}

std::vector<RuleError> EngineSet::errors() const {
  std::vector<RuleError> all = configs_.errors();
  all.insert(all.end(), ignore_.errors().begin(), ignore_.errors().end());
  all.insert(all.end(), engine_errors_.begin(), engine_errors_.end());
  return all;
}

std::vector<std::string> EngineSet::CrossFileNotes() const {
  std::vector<std::string> notes;
  for (const auto& [id, state] : cross_file_state_) {
    if (std::string note = state->LimitNote(); !note.empty()) notes.push_back(std::move(note));
  }
  return notes;
}

}  // namespace qa
