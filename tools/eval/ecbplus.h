// Reads ECB+ documents (CAT/CROMER XML) into texts exactly as /work/shared/eval/eval_ecbplus.py
// builds them: tokens joined by spaces, one sentence a line, sentence 0 (the URL) of *ecbplus
// documents dropped; documents ordered by topic, sub-topic and number.
#ifndef DOSSIER_TOOLS_EVAL_ECBPLUS_H_
#define DOSSIER_TOOLS_EVAL_ECBPLUS_H_

#include <set>
#include <string>
#include <vector>

namespace dossier::eval {

struct EcbDocument {
  std::string id;   // "1_10ecbplus"
  int topic = 0;
  std::string sub;  // "ecb" or "ecbplus"
  std::string text;
};


// The documents of the given topics under dir (which holds the topic folders or an ECB+/ folder).
std::vector<EcbDocument> read_ecbplus(const std::string& dir, const std::set<int>& topics);

// The text of one ECB+ XML document (exposed for tests).
std::string ecb_text(const std::string& xml, bool drop_url_sentence);

}  // namespace dossier::eval

#endif  // DOSSIER_TOOLS_EVAL_ECBPLUS_H_
