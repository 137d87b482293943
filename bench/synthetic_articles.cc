#include "synthetic_articles.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <string>

namespace dossier::bench {
namespace {

constexpr const char* kOnsets[] = {"b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v",
                                   "z", "br", "dr", "gr", "st", "tr", "sh", "ch", "pl", "kl"};
constexpr const char* kVowels[] = {"a", "e", "i", "o", "u", "ai", "ou", "ea"};
constexpr const char* kCodas[] = {"", "", "n", "r", "s", "t", "l", "m", "nd", "st"};

std::string make_word(std::mt19937_64& rng) {
  std::string w;
  const int syllables = std::uniform_int_distribution<int>(1, 3)(rng);
  for (int s = 0; s < syllables; ++s) {
    w += kOnsets[rng() % std::size(kOnsets)];
    w += kVowels[rng() % std::size(kVowels)];
  }
  w += kCodas[rng() % std::size(kCodas)];
  return w;
}

std::string capitalised(std::string w) {
  if (!w.empty()) w[0] = static_cast<char>(w[0] - 'a' + 'A');
  return w;
}

struct StoryPlan {
  std::vector<size_t> topic_words;  // indices into the vocabulary
  std::vector<std::string> names;   // "Drai Kolast"
  int64_t first_day = 0;
};

class Generator {
 public:
  explicit Generator(const SyntheticOptions& options) : options_(options), rng_(options.seed) {
    for (size_t i = 0; i < options.vocabulary; ++i) vocabulary_.push_back(make_word(rng_));
    // Zipf weights for background words: frequent function-like words first.
    std::vector<double> weights(options.vocabulary);
    for (size_t i = 0; i < weights.size(); ++i) weights[i] = 1.0 / std::pow(static_cast<double>(i + 1), 1.05);
    zipf_ = std::discrete_distribution<size_t>(weights.begin(), weights.end());
    const size_t stories = std::max<size_t>(1, options.articles / options.articles_per_story);
    for (size_t s = 0; s < stories; ++s) stories_.push_back(plan_story(s, stories));
  }

  std::vector<Document> articles() {
    std::vector<Document> docs;
    docs.reserve(options_.articles);
    std::uniform_real_distribution<double> unit(0, 1);
    for (size_t i = 0; i < options_.articles; ++i) {
      Document d;
      d.id = "a" + std::to_string(i);
      d.path = d.id + ".txt";
      if (!docs.empty() && unit(rng_) < options_.copy_share) {
        const Document& source = docs[rng_() % docs.size()];
        d.text = light_edit(source.text);
        d.meta.date = source.meta.date;
      } else {
        // Skewed story sizes: low-numbered stories are the big ones.
        const auto s = static_cast<size_t>(std::pow(unit(rng_), 2.0) * static_cast<double>(stories_.size()));
        const StoryPlan& story = stories_[std::min(s, stories_.size() - 1)];
        d.text = article_text(story);
        d.meta.date = CivilDate::from_days_since_epoch(story.first_day + static_cast<int64_t>(rng_() % 10));
      }
      d.meta.date_basis = DateBasis::kMetadata;
      docs.push_back(std::move(d));
    }
    return docs;
  }

 private:
  StoryPlan plan_story(size_t s, size_t stories) {
    StoryPlan plan;
    for (int k = 0; k < 15; ++k) plan.topic_words.push_back(200 + rng_() % (options_.vocabulary - 200));
    for (int k = 0; k < 4; ++k) {
      plan.names.push_back(capitalised(make_word(rng_)) + " " + capitalised(make_word(rng_)));
    }
    // Stories spread over about two years.
    plan.first_day = 19000 + static_cast<int64_t>(s * 730 / stories);
    return plan;
  }

  std::string sentence(const StoryPlan& story) {
    std::uniform_real_distribution<double> unit(0, 1);
    const int length = std::uniform_int_distribution<int>(8, 25)(rng_);
    std::string out;
    for (int w = 0; w < length; ++w) {
      const double u = unit(rng_);
      std::string word;
      if (u < 0.15) {
        word = vocabulary_[story.topic_words[rng_() % story.topic_words.size()]];
      } else if (u < 0.19) {
        word = story.names[rng_() % story.names.size()];
      } else if (u < 0.2) {
        word = std::to_string(2 + rng_() % 40) + " " + vocabulary_[story.topic_words[0]];
      } else {
        word = vocabulary_[zipf_(rng_)];
      }
      if (w == 0) word = capitalised(word);
      if (!out.empty()) out += ' ';
      out += word;
    }
    return out + ".";
  }

  std::string article_text(const StoryPlan& story) {
    const size_t target = std::uniform_int_distribution<size_t>(options_.min_words, options_.max_words)(rng_);
    std::string text = capitalised(vocabulary_[story.topic_words[0]]) + " " + story.names[0] + "\n\n";
    size_t words = 0;
    while (words < target) {
      for (int s = 0; s < 3 && words < target; ++s) {
        const std::string sent = sentence(story);
        words += static_cast<size_t>(std::count(sent.begin(), sent.end(), ' ') + 1);
        text += sent;
        text += ' ';
      }
      text += "\n\n";
    }
    return text;
  }

  // A copy with a few words replaced and the headline changed.
  std::string light_edit(const std::string& text) {
    std::string out = "Update " + text.substr(text.find('\n'));
    for (size_t pos = out.find(' ', 20); pos != std::string::npos; pos = out.find(' ', pos + 1)) {
      if (rng_() % 50 == 0) out.insert(pos + 1, vocabulary_[zipf_(rng_)] + " ");
    }
    return out;
  }

  SyntheticOptions options_;
  std::mt19937_64 rng_;
  std::vector<std::string> vocabulary_;
  std::discrete_distribution<size_t> zipf_;
  std::vector<StoryPlan> stories_;
};

}  // namespace

std::vector<Document> make_synthetic_articles(const SyntheticOptions& options) {
  return Generator(options).articles();
}

}  // namespace dossier::bench
