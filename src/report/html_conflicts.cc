// Disagreements between sources: each conflict with its competing values side by side, every
// value with the passages that state it and the claimed words marked.
#include <algorithm>
#include <cctype>
#include <tuple>

#include "report/html_escape.h"
#include "report/html_report.h"
#include "text/fold.h"
#include "util/ascii.h"

namespace dossier::report::html {
namespace {

constexpr size_t kConflictsShown = 25;     // the rest fold away
constexpr size_t kPassagesPerSide = 3;
constexpr size_t kExcerptChars = 260;

bool is_word_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || (static_cast<unsigned char>(c) & 0x80) != 0;
}

bool same_text(std::string_view a, std::string_view b) { return text::fold_case(a) == text::fold_case(b); }

// The words of a claim's passage that state its value: a time expression with that value, a role
// with that title, else the value as written (whole words, any case); empty when none is found.
Span claim_words(const Document& doc, const Claim& claim) {
  const Span p = claim.passage.span;
  const std::string& value = claim.value;
  for (const Timex& t : doc.times) {
    if (!p.contains(t.span)) continue;
    if (t.value == value || (t.day && t.day->iso() == value) ||
        (value.size() >= 4 && t.value.starts_with(value))) {
      return t.span;
    }
  }
  for (const RoleClaim& r : doc.roles) {
    if (p.contains(r.span) && same_text(r.title, value)) return r.span;
  }
  if (value.empty() || p.end > doc.text.size()) return {};
  const std::string_view text = doc.slice(p);
  for (size_t at = 0; at + value.size() <= text.size(); ++at) {
    if (!same_text(text.substr(at, value.size()), value)) continue;
    const bool starts = at == 0 || !is_word_char(text[at - 1]);
    const bool ends = at + value.size() == text.size() || !is_word_char(text[at + value.size()]);
    if (starts && ends) {
      return {static_cast<uint32_t>(p.begin + at), static_cast<uint32_t>(p.begin + at + value.size())};
    }
  }
  return {};
}

void write_claim(std::ostream& out, const ReportIndex& index, const Claim& claim) {
  const uint32_t d = claim.passage.doc;
  const std::string anchor = ReportIndex::passage_anchor(d, claim.passage.span);
  out << "<li><blockquote>";
  excerpt(out, index, d, claim.passage.span, claim_words(index.doc(d), claim), kExcerptChars);
  out << "</blockquote>";
  cite(out, index, d, anchor);
  out << "</li>\n";
}

void write_side(std::ostream& out, const ReportIndex& index, const std::string& value,
                const std::vector<const Claim*>& claims) {
  out << "<div class=\"side\"><p class=\"value\">";
  escape(out, claim_value_label(value));
  out << "</p><p class=\"n\">" << plural(claims.size(), "passage", "passages") << "</p><ul>\n";
  for (size_t i = 0; i < claims.size() && i < kPassagesPerSide; ++i) write_claim(out, index, *claims[i]);
  out << "</ul>";
  if (claims.size() > kPassagesPerSide) {
    out << "<p class=\"also\">Also: ";
    for (size_t i = kPassagesPerSide; i < claims.size(); ++i) {
      if (i > kPassagesPerSide) out << " · ";
      cite(out, index, claims[i]->passage.doc,
           ReportIndex::passage_anchor(claims[i]->passage.doc, claims[i]->passage.span));
    }
    out << "</p>";
  }
  out << "</div>\n";
}

void write_conflict(std::ostream& out, const ReportIndex& index, uint32_t c) {
  const Conflict& conflict = index.dossier().conflicts[c];
  const bool differs = conflict.severity == "differs";
  out << "<article class=\"conflict " << (differs ? "differs" : "contradicts") << "\" id=\""
      << ReportIndex::conflict_anchor(c) << "\"><h3>";
  escape(out, conflict_subject(index, conflict));
  if (conflict.entity >= 0 && static_cast<size_t>(conflict.entity) < index.dossier().entities.size()) {
    out << " <a class=\"to-entity\" href=\"#" << ReportIndex::entity_anchor(static_cast<size_t>(conflict.entity))
        << "\">profile</a>";
  }
  out << " <span class=\"badge " << (differs ? "differs" : "contradicts") << "\">";
  escape(out, conflict.severity);
  out << "</span></h3>\n";
  if (!conflict.explanation.empty()) {
    out << "<p class=\"why\">";
    escape(out, conflict.explanation);
    out << "</p>\n";
  }
  out << "<div class=\"sides\">\n";
  for (const auto& [value, claims] : claim_sides(conflict)) write_side(out, index, value, claims);
  out << "</div></article>\n";
}

}  // namespace

std::vector<std::pair<std::string, std::vector<const Claim*>>> claim_sides(const Conflict& conflict) {
  std::vector<std::pair<std::string, std::vector<const Claim*>>> sides;
  for (const Claim& claim : conflict.claims) {
    auto it = std::find_if(sides.begin(), sides.end(),
                           [&](const auto& side) { return same_text(side.first, claim.value); });
    if (it == sides.end()) {
      sides.emplace_back(claim.value, std::vector<const Claim*>{});
      it = sides.end() - 1;
    }
    it->second.push_back(&claim);
  }
  return sides;
}

std::string claim_value_label(std::string_view value) {
  if (time::period_start(value)) return format_period(value);
  return std::string(value);
}

std::string conflict_subject(const ReportIndex& index, const Conflict& conflict) {
  std::string subject = conflict.attribute.empty() ? std::string("claim") : conflict.attribute;
  subject[0] = util::ascii::to_upper(subject[0]);
  const std::string name = index.entity_name(conflict.entity);
  if (!name.empty()) subject += " of " + name;
  return subject;
}

std::vector<uint32_t> ranked_conflicts(const ReportIndex& index) {
  const auto& conflicts = index.dossier().conflicts;
  std::vector<uint32_t> order(conflicts.size());
  for (uint32_t c = 0; c < order.size(); ++c) order[c] = c;
  const auto key = [&](uint32_t c) {
    const Conflict& k = conflicts[c];
    const bool about_entity = k.entity >= 0 && static_cast<size_t>(k.entity) < index.dossier().entities.size();
    const uint32_t rank = about_entity ? index.rank(static_cast<size_t>(k.entity)) : UINT32_MAX;
    return std::make_tuple(k.severity == "differs", rank, -static_cast<int64_t>(k.claims.size()));
  };
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return key(a) < key(b); });
  return order;
}

void write_conflicts(std::ostream& out, const ReportIndex& index) {
  const auto order = ranked_conflicts(index);
  if (!open_section(out, "conflicts", "Disagreements between sources", order.size(),
                    "No disagreements found.")) {
    return;
  }
  out << "<p class=\"intro\">Where articles state different values for the same thing. "
         "<span class=\"badge contradicts\">contradicts</span> the claims cannot all be true; "
         "<span class=\"badge differs\">differs</span> a later report may be an update. The words "
         "that state each value are marked.</p>\n";
  for (size_t i = 0; i < order.size() && i < kConflictsShown; ++i) write_conflict(out, index, order[i]);
  if (order.size() > kConflictsShown) {
    out << "<details class=\"more\"><summary>" << order.size() - kConflictsShown
        << " more disagreements</summary>\n";
    for (size_t i = kConflictsShown; i < order.size() && i < kConflictsListed; ++i) {
      write_conflict(out, index, order[i]);
    }
    if (order.size() > kConflictsListed) {
      out << "<p class=\"none\">and " << order.size() - kConflictsListed
          << " more in the JSON output</p>\n";
    }
    out << "</details>\n";
  }
  end_section(out);
}

}  // namespace dossier::report::html
