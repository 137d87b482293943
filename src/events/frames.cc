#include "events/frames.h"

#include "events/verb_dictionary.h"

namespace dossier::events {
namespace {

// The cooperative act a code names, as the mirrored families see it.
enum class Act { kNone, kGeneric, kMeet, kMediate, kSettle, kDiplomatic, kMaterial, kAid, kReform, kYield };

struct ActCode {
  Act act = Act::kNone;
  int sub = 0;  // the subcategory digit that carries over (061 -> 1 "economic", 0841 -> 3 "release")
};

int digit(std::string_view code, size_t i) { return i < code.size() ? code[i] - '0' : 0; }

// 08x "yield" subcategories in the order the 035x/105x/124x/025x mirrors list them.
int yield_sub(std::string_view code) {
  switch (digit(code, 2)) {
    case 1: return 1;  // ease administrative sanctions (0811-0814 too)
    case 2: return 2;  // ease popular dissent
    case 4: return 3;  // return, release
    case 5: return 4;  // ease economic sanctions
    case 6: return 5;  // allow international involvement
    case 7: return 6;  // de-escalate militarily
    default: return 0;
  }
}

ActCode act_of(std::string_view code) {
  switch (root_of(code)) {
    case 3:
      switch (digit(code, 2)) {
        case 1: return {Act::kMaterial, digit(code, 3)};
        case 2: return {Act::kDiplomatic, 0};
        case 3: return {Act::kAid, digit(code, 3)};
        case 4: return {Act::kReform, digit(code, 3)};
        case 5: return {Act::kYield, digit(code, 3)};
        case 6: return {Act::kMeet, 0};
        case 7: return {Act::kSettle, 0};
        case 8:
        case 9: return {Act::kMediate, 0};
        default: return {Act::kGeneric, 0};
      }
    case 4: return {digit(code, 2) == 5 ? Act::kMediate : Act::kMeet, 0};
    case 5: return {digit(code, 2) == 7 ? Act::kSettle : Act::kDiplomatic, 0};
    case 6: return {Act::kMaterial, digit(code, 2) <= 4 ? digit(code, 2) : 0};
    case 7: return {Act::kAid, digit(code, 2) <= 4 ? digit(code, 2) : 0};
    case 8:
      if (digit(code, 2) == 3) return {Act::kReform, digit(code, 3)};
      return {Act::kYield, yield_sub(code)};
    default: return {Act::kNone, 0};
  }
}

// The codes one governing family gives each act: {generic, meet, mediate, settle, diplomatic,
// material, aid, reform, yield}; material, aid, reform and yield take the act's subcategory digit.
struct Mirror {
  const char* generic;
  const char* meet;
  const char* mediate;
  const char* settle;
  const char* diplomatic;
  const char* material;
  const char* aid;
  const char* reform;
  const char* yield;
};

constexpr Mirror kAppeal{"020", "026", "028", "027", "022", "021", "023", "024", "025"};
constexpr Mirror kIntent{"030", "036", "039", "037", "032", "031", "033", "034", "035"};
constexpr Mirror kDemand{"100", "106", "108", "107", "102", "101", "103", "104", "105"};
constexpr Mirror kReject{"120", "125", "126", "127", "120", "121", "122", "123", "124"};

std::string mirror(const Mirror& m, ActCode a) {
  const auto with_sub = [&](const char* base, int max) {
    std::string out(base);
    if (a.sub >= 1 && a.sub <= max) out += static_cast<char>('0' + a.sub);
    return out;
  };
  switch (a.act) {
    case Act::kMeet: return m.meet;
    case Act::kMediate: return m.mediate;
    case Act::kSettle: return m.settle;
    case Act::kDiplomatic: return m.diplomatic;
    case Act::kMaterial: return with_sub(m.material, 4);
    case Act::kAid: return with_sub(m.aid, 4);
    case Act::kReform: return with_sub(m.reform, 4);
    case Act::kYield: return with_sub(m.yield, 6);
    default: return m.generic;
  }
}

// The threat of a conflictual act (roots 14-20), "" for other codes.
std::string threat_of(std::string_view code) {
  const int root = root_of(code);
  const int d2 = digit(code, 2);
  switch (root) {
    case 14: return "133";  // threaten with political dissent
    case 15: return "138";  // a show of force threatens force
    case 16:
      switch (d2) {
        case 1: return "1313";  // break relations
        case 2: return "1311";  // stop aid
        case 3: return "1312";  // sanctions
        case 4: return "134";   // halt negotiations
        case 5: return "135";   // halt mediation
        case 6: return "136";   // expel
        default: return "131";
      }
    case 17:
      if (d2 == 2 && code.size() >= 4 && digit(code, 3) >= 1 && digit(code, 3) <= 4) {
        return std::string("132") + code[3];  // restrictions, bans, curfew, martial law
      }
      if (d2 == 5) return "137";
      return d2 == 0 ? "130" : "132";
    case 18: return "1383";
    case 19:
      if (d2 == 1) return "1381";
      if (d2 == 2) return "1382";
      return d2 == 6 ? "138" : "1384";
    case 20: return d2 == 4 ? "1385" : "1383";
    default: return "";
  }
}

}  // namespace

std::string combine_frame(int frame, std::string_view inner) {
  const int root = root_of(inner);
  const ActCode act = act_of(inner);
  switch (frame) {
    case 2: return mirror(kAppeal, act);
    case 3:
      if (root == 13) return std::string(inner);
      if (root >= 14) return threat_of(inner);
      return mirror(kIntent, act);
    case 10: return mirror(kDemand, act);
    case 12:
      if (root == 12) return std::string(inner);
      if (root >= 13) return "";
      return mirror(kReject, act);
    case 13:
      if (root == 13) return std::string(inner);
      if (root >= 14) return threat_of(inner);
      return "130";
    default: return "";
  }
}

std::string halt_code(std::string_view code) {
  const int root = root_of(code);
  if (root >= 14 && root <= 20) return "087";
  if (root < 4 || root > 7) return "";
  const ActCode act = act_of(code);
  switch (act.act) {
    case Act::kMeet: return "164";
    case Act::kMediate: return "165";
    case Act::kDiplomatic: return "161";
    case Act::kAid: return act.sub >= 1 && act.sub <= 3 ? "162" + std::to_string(act.sub) : "162";
    default: return "160";
  }
}

std::string negate_code(std::string_view code) {
  const int root = root_of(code);
  if (root < 3 || root > 8) return "";
  return mirror(kReject, act_of(code));
}

}  // namespace dossier::events
