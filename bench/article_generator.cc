// The article generator behind generate_articles and micro_bench (see
// article_generator.h). Every word here is made up for the project.
#include "article_generator.h"

#include <cstdint>
#include <string>
#include <vector>

namespace qa_bench {
namespace {

// The invented world.
constexpr const char* kGiven[] = {
    "Mara",  "Tobin", "Ilse",  "Corvin", "Edda",  "Jorun",   "Pell",   "Sabine", "Ravi",
    "Nessa", "Odran", "Liv",   "Teodor", "Amara", "Brann",   "Cass",   "Dagny",  "Emrys",
    "Fenna", "Galen", "Hulda", "Isak",   "Juno",  "Kestrel", "Lorcan", "Mirela", "Niall",
    "Orla",  "Piet",  "Quill", "Runa",   "Soren", "Tamsin",  "Ulric",  "Vesna",  "Wendel"};
constexpr const char* kSurname[] = {
    "Quell",   "Ardent",  "Baskov",  "Corrigan",  "Dunmore", "Elsted",  "Fairlow",  "Gorse",
    "Halvard", "Ibbet",   "Jaskel",  "Kettering", "Lomax",   "Marrow",  "Nettleby", "Orrin",
    "Pask",    "Quarrie", "Ruddock", "Stave",     "Thorne",  "Umberly", "Vantreck", "Wyle",
    "Yarrow",  "Zeller",  "Brisk",   "Calloway",  "Dray",    "Emberly", "Fosk",     "Grell"};
constexpr const char* kPlace[] = {"Vessen",       "Port Arly", "Drummond Bay",     "Kelmark",
                                  "Ostrava Vale", "Lindqvist", "Harrowgate Flats", "Selby Cross",
                                  "Tarn",         "Mellor",    "North Quay",       "Brackwater"};
constexpr const char* kOrg[] = {"the Vessen Port Authority",
                                "the Kelmark Water Board",
                                "Arly Freight Lines",
                                "the Drummond Bay Council",
                                "the Tarn Teachers' Union",
                                "Brackwater General Hospital",
                                "the Ministry of Coastal Works",
                                "Selby Rail",
                                "the Mellor Chamber of Commerce",
                                "the North Quay Fishers' Guild"};
constexpr const char* kPaper[] = {"the Vessen Times", "the Kelmark Courier", "the Arly Ledger",
                                  "Tarn Radio", "the Mellor Evening Post"};
constexpr const char* kTitle[] = {
    "port director",      "mayor",          "finance minister",      "chief executive",
    "union secretary",    "council leader", "head of operations",    "spokeswoman",
    "chair of the board", "harbour master", "chief medical officer", "deputy mayor"};
constexpr const char* kSpeech[] = {"said",   "said",     "said",  "added", "explained",
                                   "warned", "insisted", "noted", "wrote"};
constexpr const char* kVague[] = {"Experts say",
                                  "Observers believe",
                                  "Critics argue",
                                  "Some analysts warn",
                                  "People familiar with the plan said",
                                  "Officials who asked not to be named said",
                                  "Many residents feel",
                                  "Sources close to the board say"};
constexpr const char* kHedge[] = {"appears to",   "may",      "could", "is expected to",
                                  "is likely to", "seems to", "might"};
constexpr const char* kSubject[] = {"the new ferry timetable",
                                    "the harbour dredging plan",
                                    "the water levy",
                                    "the rail link to Tarn",
                                    "the school building programme",
                                    "the fish quota",
                                    "the hospital's night shift rota",
                                    "the bridge repairs",
                                    "the port's container terminal",
                                    "the budget for flood walls"};
constexpr const char* kVerbPhrase[] = {
    "will cost far more than the council admitted", "has been delayed until the spring",
    "was approved after a long night of talks",     "is being reviewed by an outside panel",
    "will not be ready before the winter storms",   "has split the town down the middle",
    "was paid for with money meant for the roads",  "could save hundreds of jobs",
    "needs another vote before work can start",     "has drawn more complaints than praise"};
constexpr const char* kQuoteOpen[] = {
    "We",          "Nobody",        "I think we",    "Frankly, we", "The truth is we",
    "Our members", "Everyone here", "If we wait, we"};
constexpr const char* kQuoteVerb[] = {"cannot keep paying for", "were never told about",
                                      "will fight hard for",    "have waited ten years for",
                                      "did not ask for",        "are proud of",
                                      "need clear answers on",  "will be watching"};
constexpr const char* kQuoteTail[] = {"and that has to change",
                                      "whatever the ministry says",
                                      "before the next election",
                                      "this year",
                                      "at any price",
                                      "and the numbers prove it",
                                      "until someone listens",
                                      "one way or another"};
constexpr const char* kMonth[] = {"January", "March",   "April",    "June",
                                  "August",  "October", "November", "December"};
constexpr const char* kWeekday[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                    "Friday", "Saturday", "Sunday"};
constexpr const char* kBuilding[] = {
    "town hall",      "old customs house",      "harbour office", "ferry terminal",
    "district court", "library on Quay Street", "fish market",    "water tower"};
constexpr const char* kJob[] = {"baker",   "net mender",   "bus driver",
                                "nurse",   "ship's pilot", "shopkeeper",
                                "teacher", "welder",       "retired sailor"};
constexpr const char* kBusiness[] = {"bakery",   "chandlery",           "cafe",      "boatyard",
                                     "bookshop", "bicycle repair shop", "smokehouse"};
constexpr const char* kStreet[] = {"Quay Street",  "Mill Lane", "Harbour Row",
                                   "Tannery Road", "Salt Hill", "Ropewalk Street"};
constexpr const char* kQuarter[] = {"first", "second", "third", "last"};
constexpr const char* kSeason[] = {"spring", "summer", "autumn storms", "winter"};
constexpr const char* kFurniture[] = {
    "Sign up for our newsletter to get the morning briefing in your inbox.",
    "Read more: what the harbour plan means for your street", "Continue reading below",
    "Share this article", "Report a correction or submit a tip to the newsroom."};

// One article's text, built paragraph by paragraph.
class Writer {
 public:
  Writer(Random* random, bool curly) : r_(*random), curly_(curly) {}

  std::string Person() { return std::string(r_.Pick(kGiven)) + " " + r_.Pick(kSurname); }
  std::string Open() const { return curly_ ? "\u201C" : "\""; }
  std::string Close() const { return curly_ ? "\u201D" : "\""; }

  std::string QuoteText() {
    std::string text =
        std::string(r_.Pick(kQuoteOpen)) + " " + r_.Pick(kQuoteVerb) + " " + r_.Pick(kSubject);
    if (r_.Chance(60)) text += std::string(" ") + r_.Pick(kQuoteTail);
    return text;
  }
  std::string Number(uint64_t low, uint64_t high) {
    return std::to_string(low + r_.Below(high - low + 1));
  }
  std::string Capital(std::string s) {
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
  }
  // One sentence of reporting, in one of several shapes, so that common
  // word runs stay about as common as in real copy.
  std::string Sentence() {
    const std::string subject = r_.Pick(kSubject);
    switch (r_.Below(9)) {
      case 0:
        return Capital(subject) + " " + r_.Pick(kHedge) + " slip again, " + r_.Pick(kPaper) +
               " reported on " + Number(1, 28) + " " + r_.Pick(kMonth) + ".";
      case 1:
        return std::string("Last ") + r_.Pick(kMonth) + ", " + r_.Pick(kOrg) + " set aside " +
               Number(2, 90) + " million crowns for " + subject + ", " +
               (r_.Chance(50) ? "twice what it spent the year before." : "less than it asked for.");
      case 2:
        return "About " + Number(20, 900) + " people gathered outside the " + r_.Pick(kBuilding) +
               " in " + r_.Pick(kPlace) + " on " + r_.Pick(kWeekday) + " to " +
               (r_.Chance(50) ? "protest against " : "show support for ") + subject + ".";
      case 3:
        return "The vote on " + subject + " is due on " + r_.Pick(kWeekday) + ", after " +
               Number(3, 40) + " hours of debate in the " + r_.Pick(kPlace) + " chamber.";
      case 4:
        return Person() + ", a " + r_.Pick(kJob) + " from " + r_.Pick(kPlace) + ", has run a " +
               r_.Pick(kBusiness) + " on " + r_.Pick(kStreet) + " for " + Number(2, 45) + " years.";
      case 5:
        return std::string("Figures from ") + r_.Pick(kOrg) + " show that spending on " + subject +
               (r_.Chance(50) ? " rose " : " fell ") + "by " + Number(2, 60) + " percent in the " +
               r_.Pick(kQuarter) + " quarter.";
      case 6:
        return std::string("Nobody at ") + r_.Pick(kOrg) + " would comment on " + subject +
               " when asked on " + r_.Pick(kWeekday) + ".";
      case 7:
        return std::string("Repairs to the ") + r_.Pick(kBuilding) + " began in " +
               r_.Pick(kMonth) + " and are meant to finish before the " + r_.Pick(kSeason) + ".";
      default:
        return Capital(subject) + " " + r_.Pick(kVerbPhrase) + ", and work in " + r_.Pick(kPlace) +
               " " + (r_.Chance(50) ? "has stopped" : "goes on") + " while " + r_.Pick(kOrg) +
               " weighs its options.";
    }
  }
  std::string Narrative() {
    std::string p = Sentence();
    for (size_t i = 1 + r_.Below(3); i > 0; --i) p += " " + Sentence();
    return p;
  }
  std::string Vague() {
    return std::string(r_.Pick(kVague)) + " that " + r_.Pick(kSubject) + " " + r_.Pick(kHedge) +
           " " + (r_.Chance(50) ? "fail" : "cost more than planned") + ". " + Sentence();
  }

  // A paragraph holding `*quotes` quotes (set here), in one of the shapes
  // reporters use.
  std::string QuoteParagraph(size_t* quotes) {
    const std::string q = QuoteText();
    const std::string who = Person();
    const std::string surname = who.substr(who.find(' ') + 1);
    *quotes = 1;
    switch (r_.Below(9)) {
      case 0:
        return Open() + q + "," + Close() + " " + r_.Pick(kSpeech) + " " + who + ", the " +
               r_.Pick(kTitle) + " of " + r_.Pick(kOrg) + ".";
      case 1:
        return surname + (r_.Chance(50) ? " said " : " told reporters: ") + Open() + q + "." +
               Close() + " " + Sentence();
      case 2:
        *quotes = 2;
        return Open() + q + "," + Close() + " " + who + " said. " + Open() + QuoteText() + "." +
               Close();
      case 3:
        return Open() + q + "," + Close() + " according to a statement from " + r_.Pick(kOrg) + ".";
      case 4:
        return std::string("A spokesman for ") + r_.Pick(kOrg) + " said: " + Open() + q + "." +
               Close();
      case 5:
        return Open() + q + "," + Close() + (r_.Chance(50) ? " she" : " he") + " said.";
      case 6:  // unattributed
        return Open() + q + "." + Close();
      case 7:
        return std::string("According to ") + r_.Pick(kPaper) + ", " + who + " told staff that " +
               Open() + q + Close() + ". " + Sentence();
      default:
        return who + ", who " + (r_.Chance(50) ? "chairs" : "advises") + " " + r_.Pick(kOrg) +
               ", " + r_.Pick(kSpeech) + ": " + Open() + q + ". " + QuoteText() + "." + Close();
    }
  }

 private:
  Random& r_;
  bool curly_;
};

std::string Headline(Random* r) {
  std::string s = r->Pick(kSubject);
  s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return std::string(r->Pick(kPlace)) + ": " + s + " " + r->Pick(kVerbPhrase);
}

}  // namespace

std::vector<std::string> WireParagraphs(uint64_t seed) {
  Random random(seed ^ 0x5EEDu);
  Writer writer(&random, true);
  std::vector<std::string> wire;
  for (int i = 0; i < 24; ++i) wire.push_back(writer.Narrative());
  return wire;
}

// One article of about `target` bytes with about `quotes_per_kb` quotes per
// 1,024 bytes. `wire` holds paragraphs that several articles share.
std::string Article(Random* r, const Options& o, const std::vector<std::string>& wire) {
  Writer w(r, !r->Chance(30));
  const size_t target = o.size * 8 / 10 + r->Below(o.size * 4 / 10 + 1);
  std::string text = Headline(r) + "\n\n";
  text += std::string(r->Pick(kPlace)) + ", " + r->Pick(kMonth) + " " +
          std::to_string(1 + r->Below(28)) + " \u2014 " + w.Narrative() + "\n\n";
  size_t quotes = 0;
  bool used_wire = !r->Chance(15);
  while (text.size() < target) {
    std::string paragraph;
    size_t added = 0;
    // Quote when behind the asked density (counting one more paragraph of
    // about 250 bytes), surely when a whole quote behind, else narrative.
    const double due = o.quotes_per_kb * (text.size() + 250) / 1024.0 - quotes;
    if (due >= 1.0 || (due > 0 && r->Chance(50))) {
      paragraph = w.QuoteParagraph(&added);
    } else if (!used_wire) {
      paragraph = wire[r->Below(wire.size())];
      used_wire = true;
    } else {
      paragraph = r->Chance(25) ? w.Vague() : w.Narrative();
    }
    quotes += added;
    text += paragraph + "\n\n";
  }
  if (r->Chance(20)) text += std::string(r->Pick(kFurniture)) + "\n";
  while (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}

// Pathological inputs: one file each.
std::string OneParagraph(Random* r, size_t bytes) {
  Writer w(r, true);
  std::string text;
  text.reserve(bytes + 512);
  while (text.size() < bytes) {
    size_t quotes = 0;
    text += (r->Chance(50) ? w.QuoteParagraph(&quotes) : w.Narrative()) + " ";
  }
  text.back() = '\n';
  return text;
}

std::string OneSentence(Random* r, size_t bytes) {
  std::string text = OneParagraph(r, bytes);
  // Every mark that could end a sentence becomes a comma (ASCII, so no
  // multi-byte character is cut).
  for (char& c : text) {
    if (c == '.' || c == '?' || c == '!') c = ',';
  }
  return text;
}

std::string QuoteMarks(Random* r, size_t marks) {
  Writer w(r, false);
  std::string text;
  size_t written = 0;
  while (written < marks) {
    std::string paragraph = w.Person() + " said";
    for (size_t i = 0; i < 40 && written < marks; ++i) {
      if (marks - written == 1 || r->Chance(3)) {  // a stray mark
        paragraph += " \u201C" + std::string(r->Pick(kSurname));
        written += 1;
      } else {
        paragraph += std::string(" \u201C") + r->Pick(kGiven) + "\u201D and";
        written += 2;
      }
    }
    text += paragraph + " the rest.\n\n";
  }
  return text;
}

std::string Copies(Random* r, size_t copies) {
  Writer w(r, true);
  size_t quotes = 0;
  const std::string paragraph = w.QuoteParagraph(&quotes) + " " + w.Narrative();
  std::string text;
  text.reserve((paragraph.size() + 2) * copies);
  for (size_t i = 0; i < copies; ++i) text += paragraph + "\n\n";
  text.pop_back();
  return text;
}

ArticleStream::ArticleStream(const Options& o)
    : options_(o), random_(o.seed), wire_(WireParagraphs(o.seed)) {}

std::string ArticleStream::Next() {
  if (previous_.empty() || !random_.Chance(1)) previous_ = Article(&random_, options_, wire_);
  return previous_;
}

}  // namespace qa_bench
