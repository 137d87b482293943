// Short invented articles for the corpus tests (places, people and outlets are made up).
#ifndef DOSSIER_CORPUS_CORPUS_FIXTURES_H_
#define DOSSIER_CORPUS_CORPUS_FIXTURES_H_

namespace dossier::corpus::fixtures {

inline constexpr const char* kFloodLedger =
    "Floods cut off Verrano valley\n\n"
    "Heavy rain swelled the Sella river overnight and flooded the town of Verrano, cutting the "
    "only road into the valley.\n\n"
    "At least 12 people were killed and dozens were missing, the regional civil protection agency "
    "said on Monday.\n\n"
    "Rescue teams in boats searched the flooded streets while helicopters lifted residents from "
    "rooftops.\n\n"
    "The agency said the Sella rose more than four metres in six hours after a week of storms.";

// A wire copy of the Ledger story: new headline, one sentence added, one dropped.
inline constexpr const char* kFloodWireCopy =
    "Verrano flooded as Sella bursts its banks\n\n"
    "Heavy rain swelled the Sella river overnight and flooded the town of Verrano, cutting the "
    "only road into the valley.\n\n"
    "At least 12 people were killed and dozens were missing, the regional civil protection agency "
    "said on Monday.\n\n"
    "Rescue teams in boats searched the flooded streets while helicopters lifted residents from "
    "rooftops.\n\n"
    "Schools across the province will stay closed until Thursday.";

inline constexpr const char* kFloodValley =
    "Death toll climbs in Verrano floods\n\n"
    "Rescuers in Verrano pulled more bodies from the mud on Tuesday as the Sella river began to "
    "fall.\n\n"
    "Officials said 17 people were killed in the floods and four remain missing.\n\n"
    "Helicopters carried food and water to villages of the valley still cut off by the flooded "
    "road.";

inline constexpr const char* kFloodSameDayLow =
    "Verrano counts its dead\n\n"
    "The swollen Sella river flooded Verrano overnight and cut the valley road.\n\n"
    "Nine people were killed in the floods, the mayor of Verrano told reporters on Monday.\n\n"
    "Boats and helicopters rescued residents trapped on rooftops in the flooded town.";

inline constexpr const char* kVisitMayFirst =
    "Minister Ferreira arrives in Kestrel for trade talks\n\n"
    "Trade minister Aldo Ferreira arrived in Kestrel on Monday for two days of talks on port "
    "tariffs and grain exports.\n\n"
    "Ferreira met the Kestrel harbour authority and said a tariff agreement was close.\n\n"
    "The talks in Kestrel are the first since the grain dispute began.";

inline constexpr const char* kVisitMaySecond =
    "Ferreira and Kestrel near tariff deal\n\n"
    "On the second day of his Kestrel visit, trade minister Aldo Ferreira said the port tariff "
    "talks had gone well.\n\n"
    "Ferreira toured the Kestrel grain terminal and met exporters worried about tariffs.";

inline constexpr const char* kVisitJuneFirst =
    "Ferreira returns to Kestrel to sign grain accord\n\n"
    "Trade minister Aldo Ferreira was back in Kestrel on Wednesday to sign the port tariff and "
    "grain export accord agreed last month.\n\n"
    "Ferreira and the Kestrel harbour authority signed the accord at the grain terminal.";

inline constexpr const char* kVisitJuneSecond =
    "Kestrel grain accord signed\n\n"
    "Aldo Ferreira, the trade minister, signed the Kestrel grain export accord on Wednesday, "
    "ending the tariff dispute over the port.\n\n"
    "Exporters at the Kestrel terminal welcomed the accord Ferreira signed.";

inline constexpr const char* kFootball =
    "Harlow Rovers win the cup final\n\n"
    "Harlow Rovers beat Dunmore Athletic three goals to one in the cup final on Saturday.\n\n"
    "The Rovers striker scored twice in the second half before a crowd of forty thousand fans.";

}  // namespace dossier::corpus::fixtures

#endif  // DOSSIER_CORPUS_CORPUS_FIXTURES_H_
