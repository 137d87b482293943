// The built-in time grammar, as data: a lexicon of English time words and the rules over them.
//
// The tables are compiled into the library rather than shipped as a model file: they are a few
// kilobytes of hand-written linguistic knowledge that change together with the normalisation code
// that interprets them, so keeping them in the binary avoids any version skew between the two.
// Grammar(lexicon, rules) compiles other tables (tests use it); the syntax is below.
//
// Lexicon lines:  category [flags...]: word=value word=value ...
//   flags: cap (counts only when capitalised), abbrev, ambiguous (a lone match needs context),
//   plural, attributive (a lone match after a determiner is an adjective). A value of X is a vague quantity.
// Rule lines:     TYPE action: element element ...
//   CATEGORY names match a word of that category (MONTH, WEEKDAY, UNIT, REL, ...); NUM, ORD, YEAR,
//   DAY, MONTHNUM, HOUR, MINUTE, DECADE, UNITS (plural unit), UNIT1 (singular unit) match numbers
//   and words; lower-case words (alternatives with |) match literally; , . - ' : / match
//   themselves. A trailing ? makes an element optional; [element] must match but lies outside the
//   extent (context: a word or category, only at either end). The longest match wins; on a tie the earlier rule.
#include "time/grammar.h"

namespace dossier::time {

std::string_view builtin_lexicon() {
  return R"(
month cap: january=1 february=2 april=4 june=6 july=7 august=8 september=9 october=10 november=11 december=12
month cap ambiguous: march=3 may=5
month cap abbrev: jan=1 feb=2 apr=4 jun=6 jul=7 aug=8 sep=9 sept=9 oct=10 nov=11 dec=12
month cap abbrev ambiguous: mar=3
weekday cap: monday=0 tuesday=1 wednesday=2 thursday=3 friday=4 saturday=5 sunday=6
weekday cap abbrev: mon=0 tue=1 tues=1 thu=3 thur=3 thurs=3 fri=4
weekday cap abbrev ambiguous: wed=2 sat=5 sun=6
number ambiguous: a=1 an=1
number: one=1 two=2 three=3 four=4 five=5 six=6 seven=7 eight=8 nine=9 ten=10 eleven=11 twelve=12
number: thirteen=13 fourteen=14 fifteen=15 sixteen=16 seventeen=17 eighteen=18 nineteen=19
number: twenty=20 thirty=30 forty=40 fifty=50 sixty=60 seventy=70 eighty=80 ninety=90
number: hundred=100 thousand=1000 dozen=12 couple=2
ordinal: first=1 second=2 third=3 fourth=4 fifth=5 sixth=6 seventh=7 eighth=8 ninth=9 tenth=10
ordinal: eleventh=11 twelfth=12 thirteenth=13 fourteenth=14 fifteenth=15 sixteenth=16 seventeenth=17
ordinal: eighteenth=18 nineteenth=19 twentieth=20 thirtieth=30
unit: second=0 minute=1 hour=2 day=3 week=4 weekend=5 month=6 quarter=7 year=9 decade=10 century=11
unit plural: seconds=0 minutes=1 hours=2 days=3 weeks=4 weekends=5 months=6 quarters=7 years=9 decades=10 centuries=11
season: spring=0 summer=1 fall=2 autumn=2 winter=3
season plural: springs=0 summers=1 falls=2 autumns=2 winters=3
pod: morning=0 afternoon=1 evening=2 night=3 noon=4 midday=4 midnight=5 overnight=3
pod plural: mornings=0 afternoons=1 evenings=2 nights=3
deictic: today=0 yesterday=-1 tomorrow=1 tonight=0
ref: now=0 currently=0 current=0 nowadays=0 presently=0
ref: recently=-1 lately=-1 formerly=-1
ref attributive: recent=-1
rel: last=-1 past=-1 previous=-1 preceding=-1 prior=-1 latest=-1
rel: next=1 coming=1 following=1 upcoming=1
rel: this=0 current=0 same=0
mod: early=1 beginning=1 start=1 late=2 end=2 mid=3 middle=3
approx: about=4 around=4 approximately=4 roughly=4 some=4 nearly=5 almost=5 under=5 over=6 within=7
dir: ago=-1 earlier=-1 later=1 hence=1
few: few=X several=X many=X some=X
frequency: hourly=2 daily=3 nightly=3 weekly=4 monthly=6 annually=9 yearly=9
decade: twenties=192 thirties=193 forties=194 fifties=195 sixties=196 seventies=197 eighties=198 nineties=199
meridiem: a.m.=0 a.m=0 am=0 p.m.=12 p.m=12 pm=12
zone: est=0 edt=0 cst=0 cdt=0 mst=0 mdt=0 pst=0 pdt=0 gmt=0 utc=0 bst=0 cet=0 cest=0
holiday cap: christmas=0 thanksgiving=4 easter=5 halloween=6
label: resolution=0 resolutions=0 article=0 articles=0 section=0 paragraph=0 clause=0 chapter=0 page=0 pages=0 flight=0 route=0
label: room=0 number=0 no=0 item=0 bill=0 rule=0 platform=0 gate=0 exit=0 highway=0 interstate=0 channel=0 track=0 verse=0 issue=0
)";
}

std::string_view builtin_rules() {
  return R"(
# Calendar dates, most specific first.
DATE calendar: WEEKDAY .? ,? MONTH .? DAY ,? YEAR
DATE calendar: WEEKDAY .? ,? MONTH .? DAY
DATE calendar: WEEKDAY .? ,? DAY MONTH .? YEAR?
DATE calendar: MONTH .? DAY ,? YEAR
DATE calendar: MONTH .? DAY
DATE calendar: DAY MONTH .? ,? YEAR?
DATE calendar: the DAY of MONTH ,? YEAR?
DATE calendar: MONTH .? ,? YEAR
DATE calendar: MONTH .? of YEAR
DATE calendar: MONTH .?
DATE calendar: YEAR - MONTHNUM - DAY
DATE calendar: MONTHNUM / DAY / YEAR
DATE calendar: YEAR
DATE calendar: the year YEAR
DATE calendar: fiscal -? YEAR
DATE calendar: WEEKDAY .?
DATE calendar: MOD -? MONTH .? ,? YEAR?
DATE calendar: the? MOD of MONTH .? ,? YEAR?
DATE calendar: MOD -? YEAR
DATE calendar: the? MOD of YEAR
DATE calendar: SEASON ,? of? YEAR
DATE calendar: MOD -? SEASON ,? of? YEAR
DATE calendar: the SEASON of YEAR
DATE decade: the? MOD? -? DECADE
DATE decade: the? MOD of the DECADE
DATE century: the? ORD century
DATE century: the? MOD -? ORD century
DATE holiday: HOLIDAY eve|day?
DATE holiday: HOLIDAY YEAR
# Relative to the anchor: last week, this month, next year, last Friday, early next year.
DATE relative: REL UNIT1
DATE relative: the REL UNIT1
DATE relative: REL WEEKDAY
DATE relative: this coming WEEKDAY|MONTH
DATE calendar: this? REL WEEKDAY ,? MONTH .? DAY ,? YEAR?
DATE relative: REL MONTH
DATE relative: REL MONTH .? DAY
DATE relative: MOD? -? MONTH .? DAY? ,? REL year
DATE relative: REL SEASON
DATE relative: the REL SEASON
DATE relative: MOD REL UNIT1
DATE relative: MOD REL SEASON
DATE relative: MOD REL MONTH
DATE relative: the? MOD of REL UNIT1
DATE relative: the MOD of the year|month|week
DATE relative: the year|week|weekend|month
DATE relative: the full year
DATE relative: the REL? fiscal year
DATE relative: the? year -? end
DATE relative: the? year ' s end
DATE relative: the MOD? SEASON
DATE relative: the? MOD of REL MONTH
TIME relative: REL POD
TIME relative: the REL POD
# "Earlier this year", "later Sunday": the word belongs to the expression; the value is the period's.
DATE relative: earlier|later REL UNIT1
DATE relative: earlier|later in the year|month|week
DATE relative: earlier|later that year|month|week|day
DATE relative: that same? year|month|week|day
DATE deictic: earlier|later DEICTIC
DATE calendar: earlier|later WEEKDAY
TIME relative: earlier|later REL POD
TIME relative: the POD
TIME relative: MOD -? POD
TIME relative: [at|by|around|about|until|before|after|from|since] noon|midday|midnight
TIME relative: MOD? -? POD DEICTIC
DATE deictic: DEICTIC
TIME deictic: DEICTIC POD
DATE deictic: MOD DEICTIC
DATE calendar: WEEKDAY POD
DATE calendar: POD WEEKDAY
DATE calendar: MOD -? POD WEEKDAY
DATE calendar: WEEKDAY MOD -? POD
# Clock times.
TIME clock: HOUR : MINUTE MERIDIEM? ZONE?
TIME clock: HOUR MERIDIEM ZONE?
TIME clock: CLOCK24 ZONE
TIME clock: CLOCK24 hours|hrs
TIME clock: CLOCK24 ZONE ,? DEICTIC|WEEKDAY
TIME clock: HOUR : MINUTE MERIDIEM? ZONE? ,? DEICTIC|WEEKDAY
TIME clock: HOUR MERIDIEM ZONE? ,? DEICTIC|WEEKDAY
TIME clock: HOUR : MINUTE MERIDIEM? ZONE? ,? MONTH .? DAY
TIME clock: HOUR MERIDIEM ZONE? ,? MONTH .? DAY
TIME clock: APPROX HOUR : MINUTE MERIDIEM ZONE?
TIME clock: APPROX HOUR MERIDIEM ZONE?
TIME clock: POD WEEKDAY|DEICTIC
# Quarters and halves of the (fiscal) year.
DATE quarter: ORD - quarter|half
DATE quarter: the? ORD quarter|half
DATE quarter: the? fiscal -? ORD -? quarter|half
DATE quarter: the? ORD -? fiscal quarter|half
DATE quarter: the? ORD -? quarter|half of? fiscal? YEAR
DATE quarter: the? YEAR ORD -? quarter|half
DATE quarter: the YEAR period|quarter
DATE quarter: the? UNIT1 - DIR ORD -? quarter|half
DATE quarter: the? latest|current quarter|period
DATE quarter: the most recent quarter|period
DATE quarter: the quarter
DATE quarter: that quarter|period
DATE quarter: the? last|latter|final quarter|half of fiscal? YEAR
DATE quarter: REL year ' s ORD -? quarter|half
# Offsets: a year ago, two weeks earlier, the year-earlier period.
DATE offset: NUM -? UNIT DIR
DATE offset: a|an UNIT1 DIR
DATE offset: APPROX a|an UNIT1 DIR
DATE offset: APPROX NUM -? UNIT DIR
DATE offset: FEW UNITS DIR
DATE offset: a FEW UNITS DIR
DATE offset: NUM UNIT or so DIR
DATE offset: a|an UNIT1 or so DIR
DATE offset: UNIT1 - DIR
DATE offset: [the] UNIT1 - DIR
DATE offset: the quarter a year ago|earlier
DATE offset: the comparable? UNIT1 - DIR period|quarter|month|year|week
# Durations.
DURATION duration: NUM -? UNIT
DURATION duration: NUM -? UNIT -? long
DURATION duration: nearly|almost NUM -? UNIT
DURATION duration: nearly|almost a|an UNIT1
DURATION duration: [APPROX] NUM -? UNIT
DURATION duration: [APPROX] a|an UNIT1
DURATION duration: more|less than NUM -? UNIT
DURATION duration: more|less than a|an UNIT1
DURATION duration: a|an UNIT1 [after|before]
DURATION duration: at least|most NUM -? UNIT
DURATION duration: up to NUM -? UNIT
DURATION duration: no more|less than NUM -? UNIT
DURATION duration: NUM to|or NUM UNITS
DURATION duration: NUM and a half UNITS
DURATION duration: NUM more UNITS
DURATION duration: the? REL NUM UNIT
DURATION duration: the? REL NUM UNIT or so
DURATION duration: [for|over|within] the REL UNIT1 or so
DURATION duration: the? REL FEW UNITS
DURATION duration: the? REL couple of UNITS
DURATION duration: the ORD NUM UNITS
DURATION duration: the ORD UNIT
DURATION duration: the NUM UNITS
DURATION duration: FEW UNITS
DURATION duration: a FEW UNITS
DURATION duration: a couple of UNITS
DURATION duration: [for|over|in|within|past] UNITS
DURATION duration: the REL UNITS
# "For the year ended Sept. 30" is a length of time; "the quarter ended Sept. 30" names the quarter.
DURATION duration: the fiscal? year [ended|ending]
DURATION duration: [for|over|within] the REL UNIT1
DURATION duration: REL UNITS
DURATION duration: recent UNITS
DATE ref: the? coming UNITS
DURATION duration: [for|in|after|than|of] a|an UNIT1
DURATION duration: UNITS or UNITS
# Sets.
SET set: every|each UNIT1
SET set: every|each WEEKDAY
SET set: every|each MONTH
SET set: every|each SEASON
SET set: every NUM UNITS
SET set: every other UNIT1
SET set: FREQUENCY
SET set: [once|twice|times] a|per|each UNIT1
# Reference words: now, recently, the future.
DATE ref: REF
DATE ref: the future|past
DATE ref: the near|distant future
DATE ref: the near|short term
DATE ref: these days
)";
}

}  // namespace dossier::time
