// Complement frames: how CAMEO codes an act that another verb governs.
//
// The CAMEO 1.1b3 codebook builds its appeal (02), intent (03), demand (10) and reject (12)
// families as mirrors of the cooperative acts (04 consult ... 08 yield: "express intent to meet"
// 036, "demand meeting" 106, "reject proposal to meet" 125) and its threaten family (13) as a
// mirror of the conflictual acts (16 reduce relations ... 20 mass violence: "threaten to break
// relations" 1313, "threaten blockade" 1381). "Cooperative actions reported in future tense are
// coded as intentions" (030 usage note), an intention to do harm is a threat (13), and a refusal of
// a cooperative act is a rejection (12). These functions apply that structure to codes.
#ifndef DOSSIER_EVENTS_FRAMES_H_
#define DOSSIER_EVENTS_FRAMES_H_

#include <string>
#include <string_view>

namespace dossier::events {

// The code of `frame` (2 appeal, 3 intent, 10 demand, 12 reject, 13 threaten) governing an act
// coded `inner` (empty when the act has no code): "" when CAMEO has no such code (a refusal to
// attack is no rejection). Intent to do a conflictual act is coded as a threat.
std::string combine_frame(int frame, std::string_view inner);

// The code for halting, suspending or cutting an act: a cooperative act (04-07) halted reduces
// relations (16: "halted talks" 164, "cut aid" 162), a conflictual act (14-20) halted de-escalates
// (087); "" for other codes.
std::string halt_code(std::string_view code);

// The code for a negated act: the rejection of a cooperative act (roots 03-08), else "".
std::string negate_code(std::string_view code);

}  // namespace dossier::events

#endif  // DOSSIER_EVENTS_FRAMES_H_
