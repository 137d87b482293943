// Shared by the events tests: a small verb dictionary in the PETRARCH2 format and a small
// lexicon of invented countries, both written for the tests, and a helper that codes a text.
#ifndef DOSSIER_EVENTS_TEST_SUPPORT_H_
#define DOSSIER_EVENTS_TEST_SUPPORT_H_

#include <string>
#include <string_view>

#include "dossier/document.h"
#include "events/coder.h"
#include "events/verb_file.h"
#include "lexicon/lexicon_builder.h"
#include "text/text_stage.h"

namespace dossier::events::testing {

inline constexpr std::string_view kCodes =
    "CAMEOEVENTCODE\tEVENTDESCRIPTION\n"
    "01\tMAKE PUBLIC STATEMENT\n010\tMake statement\n"
    "02\tAPPEAL\n020\tAppeal\n023\tAppeal for aid\n0233\tAppeal for humanitarian aid\n"
    "024\tAppeal for political reform\n0241\tAppeal for change in leadership\n"
    "03\tEXPRESS INTENT TO COOPERATE\n030\tExpress intent to cooperate\n036\tExpress intent to meet or negotiate\n"
    "04\tCONSULT\n040\tConsult\n042\tMake a visit\n043\tHost a visit\n046\tEngage in negotiation\n"
    "05\tENGAGE IN DIPLOMATIC COOPERATION\n050\tEngage in diplomatic cooperation\n051\tPraise or endorse\n"
    "07\tPROVIDE AID\n070\tProvide aid\n073\tProvide humanitarian aid\n"
    "08\tYIELD\n080\tYield\n0874\tRetreat or surrender militarily\n084\tReturn, release\n0841\tReturn, release person(s)\n087\tDe-escalate military engagement\n"
    "10\tDEMAND\n100\tDemand\n104\tDemand political reform\n1041\tDemand change in leadership\n105\tDemand that target yields\n1053\tDemand release of persons or property\n"
    "11\tDISAPPROVE\n110\tDisapprove\n111\tCriticize or denounce\n112\tAccuse\n"
    "12\tREJECT\n120\tReject\n125\tReject proposal to meet, discuss, or negotiate\n"
    "13\tTHREATEN\n130\tThreaten\n132\tThreaten with administrative sanctions\n1323\tThreaten to impose curfew\n"
    "138\tThreaten with military force\n1384\tThreaten conventional attack\n"
    "134\tThreaten to halt negotiations\n"
    "14\tPROTEST\n140\tEngage in political dissent\n141\tDemonstrate or rally\n142\tConduct hunger strike\n"
    "143\tConduct strike or boycott\n145\tProtest violently, riot\n"
    "15\tMOBILIZE\n153\tMobilize or increase police power\n154\tMobilize or increase armed forces\n"
    "16\tREDUCE RELATIONS\n160\tReduce relations\n164\tHalt negotiations\n"
    "17\tCOERCE\n172\tImpose administrative sanctions\n1721\tImpose restrictions on freedoms\n"
    "1723\tImpose curfew\n173\tArrest, detain\n"
    "18\tASSAULT\n180\tUse unconventional violence\n"
    "19\tFIGHT\n190\tUse conventional military force\n192\tOccupy territory\n194\tFight with artillery and tanks\n";

inline constexpr std::string_view kGoldstein =
    "CAMEOEVENTCODE\tGOLDSTEINSCALE\n042\t1.9\n043\t2.8\n112\t-2.0\n190\t-10.0\n";

// Invented blocks in the PETRARCH2 format: synonym sets, verbs with irregular forms, multi-word
// verbs, phrase patterns with prepositional and noun phrases, paired codes.
inline constexpr std::string_view kVerbFile = R"(# test verb dictionary
&CURRENCY
+DOLLAR
+EURO

&WEAPON_
+ROCKET
+MORTAR_SHELL

---  VISIT   [042:043]  ---
VISIT
TOUR
- * (FOR TALKS)                                  [046]  # VISIT

---  HOST   [043:042]  ---
HOST

---  MEET   [040]  ---
MEET {MEETS MET MEETING}

---  DEMAND   [100]  ---
DEMAND
- * RELEASE                                      [1053]
- * (FOR &CURRENCY)                              [105]
- * ELECTIONS                                    [0241]

---  APPEAL   [020]  ---
APPEAL
- * (FOR {HUMANITARIAN AID})                     [0233]

---  PROMISE   [030]  ---
PROMISE
PLEDGE

---  REFUSE   [---]  ---
+RULE_OUT {+RULES_OUT +RULED_OUT +RULING_OUT}
REFUSE
REJECT
- * PROPOSAL                                     [120]
- * TALKS                                        [125]
- * NEGOTIATIONS                                 [125]

---  ACCUSE   [112]  ---
ACCUSE
BLAME
CHARGE

---  ARREST   [173]  ---
ARREST
JAIL

---  THREATEN   [130]  ---
THREATEN
WARN

---  ATTACK   [190]  ---
ATTACK
SHELL {SHELLS SHELLED SHELLING}
HIT {HITS HITTING}
- * (WITH &WEAPON)                               [194]

---  SEND   [---]  ---
SEND {SENDS SENT SENDING}
- * {HUMANITARIAN AID}                           [073]

---  SAY   [010]  ---
SAY {SAYS SAID SAYING}

---  STAGE   [---]  ---
STAGE
EXTEND
- * {HUNGER STRIKE}                              [142]
- * STRIKE                                       [143]
- * (IN PRISON)                                  [173]
- * CURFEW                                       [1723]

---  CONTINUE   [---]  ---
CONTINUE
STRENGTHEN
REINFORCE
- * DEMONSTRATION                                [141]
- * STRIKE                                       [140]
- * NEGOTIATIONS                                 [046]

---  CANCEL   [---]  ---
HALT
SUSPEND

---  VERBAL_CONFLICT   [110]  ---
PROTEST [140]

---  KILL   [190]  ---
KILL

---  YIELD   [080]  ---
SURRENDER

---  RIOT   [145]  ---
RIOT

---  INVADE   [192]  ---
INVADE

---  CORDON   [---]  ---
+CORDON_OFF {+CORDONS_OFF +CORDONED_OFF +CORDONING_OFF}  [1721]
- * ROADS                                        [172]
)";

inline Codebook small_codebook() { return parse_codebook(kCodes, kGoldstein, "test codes"); }

inline VerbDictionary small_verbs() { return parse_verb_file(kVerbFile, small_codebook(), "test verbs"); }

// Freedonia (FRD) with its capital Port Mara, Sylvania (SYL), demonyms, agent nouns, a person.
inline lexicon::Lexicon small_lexicon() {
  using lexicon::FormKind;
  using lexicon::Kind;
  using lexicon::Shape;
  lexicon::LexiconBuilder b;
  const auto add = [&](Kind kind, uint16_t flags, const char* name, const char* country, const char* code,
                       std::initializer_list<std::pair<const char*, FormKind>> forms, Shape shape) {
    const uint32_t id = b.add({kind, flags, name, country, code, 0, lexicon::kNone, {}});
    for (const auto& [text, form] : forms) b.add_form(id, text, form, shape);
    return id;
  };
  add(Kind::kCountry, 0, "Freedonia", "FRD", "FRD", {{"Freedonia", FormKind::kName}}, Shape::kCapitalised);
  add(Kind::kCountry, 0, "Sylvania", "SYL", "SYL", {{"Sylvania", FormKind::kName}}, Shape::kCapitalised);
  add(Kind::kNationality, 0, "Freedonian", "FRD", "FRD",
      {{"Freedonian", FormKind::kName}, {"Freedonians", FormKind::kPlural}}, Shape::kCapitalised);
  add(Kind::kNationality, 0, "Sylvanian", "SYL", "SYL", {{"Sylvanian", FormKind::kName}}, Shape::kCapitalised);
  add(Kind::kCity, lexicon::kCapital, "Port Mara", "FRD", "FRD", {{"Port Mara", FormKind::kName}},
      Shape::kCapitalised);
  add(Kind::kOrganization, 0, "Blue Lantern", "", "NGOHRI", {{"Blue Lantern", FormKind::kName}},
      Shape::kCapitalised);
  add(Kind::kAgent, 0, "police", "", "COP", {{"police", FormKind::kName}}, Shape::kAnyCase);
  add(Kind::kAgent, 0, "government", "", "GOV",
      {{"government", FormKind::kName}, {"governments", FormKind::kPlural}}, Shape::kAnyCase);
  add(Kind::kAgent, 0, "rebel", "", "REB", {{"rebel", FormKind::kName}, {"rebels", FormKind::kPlural}},
      Shape::kAnyCase);
  add(Kind::kAgent, 0, "minister", "", "GOV", {{"minister", FormKind::kName}}, Shape::kAnyCase);
  add(Kind::kAgent, 0, "teacher", "", "EDU", {{"teacher", FormKind::kName}, {"teachers", FormKind::kPlural}},
      Shape::kAnyCase);
  add(Kind::kAgent, 0, "trade union", "", "LAB", {{"trade union", FormKind::kName}}, Shape::kAnyCase);
  add(Kind::kAgent, 0, "labor union", "", "LAB", {{"labor union", FormKind::kName}}, Shape::kAnyCase);
  add(Kind::kAgent, 0, "teachers union", "", "LAB", {{"teachers union", FormKind::kName}}, Shape::kAnyCase);
  add(Kind::kPerson, 0, "Ana Example", "FRD", "FRDELI", {{"Ana Example", FormKind::kName}}, Shape::kCapitalised);
  return lexicon::Lexicon::from_bytes(b.file_bytes(), "test lexicon");
}

// A document of one or more lines (one sentence each with the provisional text layer), coded.
inline Document code_text(const EventCoder& coder, std::string text, std::string* trace = nullptr) {
  Document doc;
  doc.id = "test";
  doc.text = std::move(text);
  doc.meta.date = CivilDate{2025, 3, 4};
  text::segment(doc);
  coder.code(doc, trace);
  return doc;
}

}  // namespace dossier::events::testing

#endif  // DOSSIER_EVENTS_TEST_SUPPORT_H_
