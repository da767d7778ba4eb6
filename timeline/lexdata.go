package timeline

import (
	_ "embed"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"reflect"
	"sort"
	"strings"

	"github.com/tarikh/tarikh/lang"
)

//go:embed data/types.yaml
var typesYAML []byte

// typesFile is timeline/data/types.yaml: the event types and how they
// relate, the same in every language.
type typesFile struct {
	Types            []string    `yaml:"types"`
	Statement        string      `yaml:"statement"`
	Other            string      `yaml:"other"`
	Prefer           [][2]string `yaml:"prefer"`
	Families         [][]string  `yaml:"families"`
	Compatible       [][2]string `yaml:"compatible"`
	Yield            []string    `yaml:"yield"`
	BroadActors      []string    `yaml:"broad_actors"`
	Services         []string    `yaml:"services"`
	BusyPeople       []string    `yaml:"busy_people"`
	Media            []string    `yaml:"media"`
	PlaceMerge       []string    `yaml:"place_merge"`
	UntypedCoarsest  string      `yaml:"untyped_coarsest"`
	JointStatementIs string      `yaml:"joint_statement_is"`
	WeakDateLead     int         `yaml:"weak_date_lead"`
	ReactedTo        []string    `yaml:"reacted_to"`
	StanceKeeps      []string    `yaml:"stance_keeps"`
	NameKeeps        []string    `yaml:"name_keeps"`
	BackgroundMonths int         `yaml:"background_months"`
	BackgroundDays   int         `yaml:"background_days"`
	HistoryYears     int         `yaml:"history_years"`
}

// senseBlock is one block of trigger words of a type and the conditions
// under which they count.
type senseBlock struct {
	// Words match as written (after clitics); Verbs and Nouns with every
	// form the language's morphology makes of them (lang/ar/morphology.yaml).
	Words []string `yaml:"words"`
	Verbs []string `yaml:"verbs"`
	Nouns []string `yaml:"nouns"`
	// Needs lists entity types the clause must name: place, person,
	// organization, or actor (a person or an organization).
	Needs []string `yaml:"needs"`
	// Next and Prev: the word right after (before) this one must be one of
	// these; NotNext, NotPrev: must not. Near, NotNear: one of these words
	// must (must not) stand within Window words (5 unless set) in the
	// sentence. The lists take clitics off the neighbour as trigger words do
	// and may end in * (a prefix).
	Next    []string `yaml:"next"`
	NotNext []string `yaml:"not_next"`
	Prev    []string `yaml:"prev"`
	NotPrev []string `yaml:"not_prev"`
	Near    []string `yaml:"near"`
	NotNear []string `yaml:"not_near"`
	Window  int      `yaml:"window"`
	// Except are words as written (with or without a leading conjunction)
	// that do not have this sense although a reading of them is among the
	// block's words: فيصل, a name, is no ف + يصل "arrives".
	Except []string `yaml:"except"`
	// NotBeforeAmount: the words followed by a number (وصل إلى 12.64 مليار,
	// reached 5%) speak of an amount, not of the event.
	NotBeforeAmount bool `yaml:"not_before_amount"`
}

type boundary struct {
	Words  []string `yaml:"words"`
	Punct  []string `yaml:"punct"`
	Attach bool     `yaml:"attach"`
}

// langFile is lang/<code>/events.yaml, and a user's --triggers file (which
// names its language in Lang and may add types).
type langFile struct {
	// Lang and Types are for user files: the language of the words, and new
	// types (added before "other", with their labels in Labels).
	Lang  string   `yaml:"lang"`
	Types []string `yaml:"types"`
	// Script is the writing system of the language's words: arabic or latin.
	Script        string                  `yaml:"script"`
	Labels        map[string]string       `yaml:"labels"`
	ListSeparator string                  `yaml:"list_separator"`
	Triggers      map[string][]senseBlock `yaml:"triggers"`
	// Contexts are named word lists that the neighbour conditions of
	// triggers use as "@name" (near: ["@military"]).
	Contexts map[string][]string `yaml:"contexts"`
	Future   []string            `yaml:"future"`
	// TodayPlanned are present-tense verbs of a scheduled happening (يلتقي,
	// تقام, تنطلق): a clause dated to the article's own day with one of them
	// tells what is still to happen that day, so it is planned.
	TodayPlanned []string `yaml:"today_planned"`
	// TodayPlannedAfter are the prefixes a TodayPlanned verb may take
	// (و); the verbs are otherwise whole words, as their stems hide in
	// names and purposes (فيصل, لتصل).
	TodayPlannedAfter []string `yaml:"today_planned_after"`
	// AndWords join two dates of one clause: as a word between them
	// ("today and tomorrow") or a prefix of the second (اليوم وغدا). See
	// shareCoordinated.
	AndWords []string `yaml:"and_words"`
	// FutureVerbPrefixes start a verb in the future (سيلتقي) in words of at
	// least FutureVerbMinLetters letters, unless an exclusion starts it.
	FutureVerbPrefixes   []string `yaml:"future_verb_prefixes"`
	FutureVerbExclude    []string `yaml:"future_verb_exclude"`
	FutureVerbMinLetters int      `yaml:"future_verb_min_letters"`
	Joint                []string `yaml:"joint"`
	Statistic            []string `yaml:"statistic"`
	// Market words are of a market's trading (index, points, traded
	// volume, session): a clause with marketWords of them, a word of
	// Statistic and two numbers is a market report's figures, no event,
	// whatever event word it has.
	Market []string `yaml:"market"`
	// Notes are words of an analyst's or a bank's note ("في مذكرة",
	// "in a note"): below the lead, a clause that reports what one says,
	// with no event word, quotes commentary, no event.
	Notes []string `yaml:"notes"`
	// Weather words make a clause with no event word a forecast;
	// BackgroundOpeners, opening a sentence, make it background ("يذكر أن");
	// a date right after one of Since starts a state, not an event ("منذ
	// 2003"). Such clauses are events only with an event word.
	Weather []string `yaml:"weather"`
	// Hedges are words of expectation, hope or possibility (expects,
	// hopes, could, يتوقع, يأمل): like weather words, they make a clause
	// with no event word a forecast or a hope, no event.
	Hedges            []string `yaml:"hedges"`
	BackgroundOpeners []string `yaml:"background_openers"`
	// RecalledOpeners open a sentence that recalls an older fact, a
	// pluperfect ("وكان بينتيكي قد انضم إلى أستون فيلا عام 2012"): such a
	// sentence below the lead, dated background_months or more before the
	// article, is background even when it names what the lead names.
	RecalledOpeners []string `yaml:"recalled_openers"`
	Since           []string `yaml:"since"`
	// DurationMeasures are the words and marks right before a duration (or
	// opening it) that make it an amount, how long or how old ("لمدة
	// عامين", "على مدى ثلاثة أيام", "يبلغ من العمر ١٩ عاما", "(31 عاماً)"):
	// such a duration leaves an undated lead to the article's date. Any
	// other duration keeps it from it, as a date would ("منذ عامين", "خلال
	// 15 يوما", "أربعة أعوام مضت على ...").
	DurationMeasures []string `yaml:"duration_measures"`
	// Relatives open a subordinate span that runs to the clause's end or
	// the next comma ("التي تشهدها مصر منذ عزل مرسي", "who was ousted"):
	// an event word in it tells of something else than the date outside it
	// ("قالت مصر اليوم ..."), so it does not type that date's event. A
	// word of Since opens such a span too ("منذ عزل").
	Relatives []string `yaml:"relatives"`
	// RelativeEndsAtVerb: in this language a relative span ends at a
	// second finite verb, the main clause's predicate that follows a
	// subject and its relative clause ("أن رئيس شركة ... التي يجري
	// التحقيق معها في قضية فساد انتحر شنقا": the suicide is the
	// sentence's news, not part of what the company is). A verb form of a
	// trigger word, two or more words after the relative word and with no
	// conjunction on it, closes the span (see subSpans). Not for English,
	// whose relatives hold participles ("which was acquired by").
	RelativeEndsAtVerb bool `yaml:"relative_ends_at_verb"`
	// Held are verbs of holding right after a relative word: the span
	// tells when what it follows took place ("الجلسة التي عقدتها أمس", "the
	// meeting which was held on Tuesday"), so its date may be a lead's day.
	Held []string `yaml:"held"`
	// LeadContinuations open a sentence that says when and where what the
	// sentence before it told took place, with one of
	// LeadContinuationPreps after them ("جاء ذلك خلال زيارته ... أمس
	// الأول"): an undated lead takes that sentence's day.
	LeadContinuations     []string `yaml:"lead_continuations"`
	LeadContinuationPreps []string `yaml:"lead_continuation_preps"`
	// Complements open a complement that names another event than the
	// clause's: a purpose ("للمشاركة في اجتماع") or what something is done
	// according to ("حسب الاتفاقية", "according to the agreement"). An
	// event word up to complementWords words after one, past the date and
	// with no comma between, does not type the date's event (see
	// complementOf in assemble.go).
	Complements []string `yaml:"complements"`
	// Hopes are words of a hope or a wish ("Reagan hopes to lift Japan
	// sanctions soon", "يأمل أن يوقع"): an event word after one, in its
	// clause or one attached to it, is what is hoped for, no event, and types
	// nothing (see hopedFor in assemble.go).
	Hopes []string `yaml:"hopes"`
	// NameLinks join the words of a name written in capitals ("General
	// Agreement on Tariffs and Trade"): an event word in such a name types
	// nothing (see inCapName in assemble.go).
	NameLinks []string `yaml:"name_links"`
	// Credits are words of a photo credit: a sentence ending with one in
	// brackets is a caption ("(رويترز)"), an event only with an event word.
	Credits []string `yaml:"credits"`
	// Published are words of publishing: a date within three words after
	// one is the day a medium published something ("ما نشرته الصحيفة يوم
	// الجمعة", "published on Friday"), not the day of an event.
	Published []string `yaml:"published"`
	// Issue: a newspaper's issue. A date up to issueWindow words after one
	// of Words, or of Heads right before one of Next, with no boundary word
	// between, is the issue's ("في عددها الصادر أمس", "في العدد رقم 15602
	// الصادر في يوم الأربعاء 17 يونيو"): no event's.
	Issue struct {
		Words []string `yaml:"words"`
		Heads []string `yaml:"heads"`
		Next  []string `yaml:"next"`
	} `yaml:"issue"`
	// Advice: a headline that counts the tips its article gives ("6 خطوات
	// لمنع تلوث الأغذية", "10 نصائح للاستيقاظ بسهولة": one of Numbers or a
	// number, one of Nouns, then a word that starts with one of Purpose),
	// or a headline or first sentence that offers Tips for a purpose within
	// two words ("نصائح للحجاج", "اتباع الإرشادات الصحية لمنع"), makes its
	// article general advice: it is read as an opinion column.
	Advice struct {
		Nouns   []string `yaml:"nouns"`
		Tips    []string `yaml:"tips"`
		Numbers []string `yaml:"numbers"`
		Purpose []string `yaml:"purpose"`
	} `yaml:"advice"`
	// Condemn are words of a reaction: a clause where one comes before the
	// event word tells the reaction (a statement), not the event reacted to
	// ("يدينون هذه العملية الإرهابية", "condemned the attack").
	Condemn []string `yaml:"condemn"`
	// Stance are reporting words that say a position rather than report
	// an event: a call, a warning, a threat, a denial ("دعت اللجنة ...
	// للسماح ... بزيارته", "نفى تكهنات"). A report with one keeps its
	// statement type: an event word that an amount of time claims in its
	// clause does not type it (see lendTrigger in assemble.go).
	Stance []string `yaml:"stance"`
	// Until: a date still to come right after one of these ends a period
	// ("تجديد عقد اللاعب حتى عام 2019", "a campaign lasting until
	// September 17"): no event is dated by it.
	Until []string `yaml:"until"`
	// Terms: a date right after one of these is a term of a company's
	// period or of an instrument ("payable March 31", "holders of record
	// March 19", "fiscal 1987"), not the day of an event.
	Terms []string `yaml:"terms"`
	// Due: a date after one of Due.Words and one of Due.Preps is when a
	// payment or a debt falls due ("رواتب اللاعبين المستحقة حتى نهاية شهر
	// مايو", "السندات المستحقة في 2020"), not the day of an event.
	Due struct {
		Words []string `yaml:"words"`
		Preps []string `yaml:"preps"`
	} `yaml:"due"`
	// ForYear: a year expression that opens with one of these, or comes
	// right after one, is the year a thing is of or for ("مهرجان أبها
	// يجمعنا لهذا العام", "مصحف الحرم المكي لعام 1436هـ"), a name's part,
	// not when anything happened: it is no expression of its sentence (see
	// yearOf in assemble.go).
	ForYear []string `yaml:"for_year"`
	// NameYears: a year expression right after one of these words (or
	// after a possessive "'s") and right before a word is a thing's year, a
	// part of its name ("the 1988-89 budget bill", "its fiscal 1988/89
	// estimates", "Japan's 1987/88 budget"), not when anything happened: like
	// for_year, it is no expression of its sentence (see yearOf in
	// assemble.go).
	NameYears []string `yaml:"name_years"`
	// NameYearPeriods: a word of a period right after such a year, or one
	// word later, makes it a time after all ("during the 1987/88 financial
	// year", "the 1986/87 season").
	NameYearPeriods []string `yaml:"name_year_periods"`
	// Elapsed: an amount of time that opens with a word of After and is
	// followed by a word of Links, at most one word between, is the time
	// gone since another happening ("بعد ثلاثة أيام على إعلان الحكومة"), no
	// date (see elapsedSince in assemble.go).
	Elapsed struct {
		After []string `yaml:"after"`
		Links []string `yaml:"links"`
		Not   []string `yaml:"not"` // a word right after After that makes a day: "بعد غد"
	} `yaml:"elapsed"`
	// Forecasters: what a report, a study or a poll says is its finding or
	// forecast, not an announcement: a future verb in what one of these
	// reports keeps the lead planned ("كشف تقرير صادر عن الأمم المتحدة عن
	// أن عدد سكان العالم سيصل", see headlineEvent in assemble.go).
	Forecasters []string `yaml:"forecasters"`
	// HistoryInLead: a date of history_years (types.yaml) before the
	// article dates history in the headline and the first sentences too, not
	// only below them (see history in assemble.go): a feature's or an
	// obituary's opening ("ولد عمر الشريف في 10 ابريل عام 1932"). Off, a
	// lead's old date stays (a wire story's "debt issued before 1950").
	HistoryInLead bool `yaml:"history_in_lead"`
	// Earlier: a date of a week, a month or a year with one of these
	// words inside ("في وقت سابق من الشهر الحالي", "earlier this month")
	// tells what happened before the news, as background: below the lead,
	// an event so dated is background however recent, even when it names
	// what the lead names, unless the lead tells an event of its type (see
	// oldBackground in assemble.go).
	Earlier []string `yaml:"earlier"`
	// Deadlines: a date still to come, of a quarter or coarser, right
	// after one of these is a target, a promise or a forecast's horizon
	// ("بحلول عام 2018", "قبل نهاية العام الحالي"), not the day of an event
	// (see deadlineDate in assemble.go).
	Deadlines []string `yaml:"deadlines"`
	// Opinion: a column speaks in the first person. An article whose body
	// holds at least Min of Words outside quotations, at least PerThousand
	// per thousand words, and no day's date in its lead is a column: only
	// its clauses with an event word are events.
	//
	// An article whose byline (extract.Document.Byline) is a bare name is
	// a column too: two to seven words, no digit, none of BylineMarks (the
	// dash or colon before a place, the brackets of "(جدة)") and none of
	// BylineWords (agencies, desks, "من" before a reporter's city).
	//
	// So is an article whose address (extract.Document.URL) is an opinion
	// page's: its host (without "www.") and path, unescaped, begin with
	// the segments of one of URLs, path.Match patterns
	// ("aawsat.com/home/article/*/*/*": a column's address names its
	// writer after the article's number, a news story's does not).
	Opinion struct {
		Words       []string `yaml:"words"`
		Min         int      `yaml:"min"`
		PerThousand float64  `yaml:"per_thousand"`
		BylineMarks []string `yaml:"byline_marks"`
		BylineWords []string `yaml:"byline_words"`
		URLs        []string `yaml:"urls"`
	} `yaml:"opinion"`
	AmountWords []string `yaml:"amount_words"`
	Pronouns    struct {
		Subject            []string `yaml:"subject"`
		Possessive         []string `yaml:"possessive"`
		PossessiveSuffixes []string `yaml:"possessive_suffixes"`
		// SubjectOrg: a sentence opening with one of these (a pronoun or
		// a definite noun of a company: "It", "The company") is about the
		// organization the sentences before name, unless one of
		// NotAfterOrg follows ("It is expected").
		SubjectOrg  []string `yaml:"subject_org"`
		NotAfterOrg []string `yaml:"not_after_org"`
		// CompanyEnds: the legal forms that end a company's name (Inc,
		// Corp, AG); the organization "It" stands for must be written
		// with one, or with a ticker, somewhere in the article.
		CompanyEnds []string `yaml:"company_ends"`
	} `yaml:"pronouns"`
	// Participants: a role said with one of FormerAfter after it (or
	// FormerBefore before it) names its former holder ("الرئيس الإيراني
	// السابق", "former president"); an entity within three words after one
	// of SourceBefore is where the report comes from, not an actor ("بحسب
	// وكالة رويترز", "according to Reuters", "بتوقيت لندن").
	//
	// A person right after one of NameHeads (or PlaceNameHeads), or after
	// one of these and Titles, is part of an institution's name, no actor
	// ("مدينة الملك عبدالله", "مسجد الإمام الصادق"); so is a place right
	// after one of PlaceNameHeads ("جامعة الإسكندرية"). A place right after
	// one of ClubHeads names a club, which is the participant ("نادي
	// ليفربول", "فريق برشلونة"); a person after one is not in a name (a
	// team's player, or the rank الفريق).
	Participants struct {
		FormerAfter    []string `yaml:"former_after"`
		FormerBefore   []string `yaml:"former_before"`
		SourceBefore   []string `yaml:"source_before"`
		NameHeads      []string `yaml:"name_heads"`
		PlaceNameHeads []string `yaml:"place_name_heads"`
		ClubHeads      []string `yaml:"club_heads"`
		// PlaceNameTails: a place right before one of these, written with
		// a capital, is part of a company's name ("New York Life", "U.S.
		// Bancorp").
		PlaceNameTails []string `yaml:"place_name_tails"`
		Titles         []string `yaml:"titles"`
		// BorderWords and BorderWith: a place named after a border word
		// and one of BorderWith ("الحدود مع سوريا", "قرية قاح الحدودية مع
		// تركيا", "border with") is the other side of a border, no
		// participant when the event names another place.
		BorderWords []string `yaml:"border_words"`
		BorderWith  []string `yaml:"border_with"`
		// DeputyOf: a person right after one of these is part of someone
		// else's title, no participant: "نائب خادم الحرمين الشريفين" is the
		// deputy, not the king; "مستشار خادم الحرمين" his adviser.
		DeputyOf []string `yaml:"deputy_of"`
		// TownHeads: a place or a one-word person right after one of these is the
		// second half of a town's name the gazetteer does not know ("تل
		// واسط" is a village near Hama, not Wasit Governorate; "بيت إيل"
		// the settlement, no person إيل); a known one ("دير الزور")
		// matches whole and starts at the head.
		TownHeads []string `yaml:"town_heads"`
		// NationalityNouns: a country right after one of these is the
		// nationality of the people the noun names, no participant:
		// "فتاة سعودية" (a Saudi girl) treated in Oman.
		NationalityNouns []string `yaml:"nationality_nouns"`
		// BylineDashes: a person opening a line with one of these after
		// the name ("حامد القرشي - مكة المكرمة", "محمد البقمي - سبق -
		// متابعة:") is the byline's reporter, no participant.
		BylineDashes []string `yaml:"byline_dashes"`
		// SourceQuotes are opening marks that set off a newspaper's name
		// after one of ToldBefore: the paper a speaker told (لـ”عين اليوم”).
		SourceQuotes []string `yaml:"source_quotes"`
		ToldBefore   []string `yaml:"told_before"`
		// QuotedNameHeads: a place right after one of these that opens a
		// quotation is in the quoted name: "«إعلان القاهرة»" is a
		// declaration, not Cairo (without the quotes, "إعلان الولايات
		// المتحدة" is the United States' announcement).
		QuotedNameHeads []string `yaml:"quoted_name_heads"`
		// DoerThat and Spokesmen: an organization named in a clause with
		// no date before the first dated one, when the next clause opens
		// with one of DoerThat (a "that" with the subject's pronoun: أنه,
		// أنها), is the doer of what that clause tells, a participant:
		// the subject right after the clause's first word ("أعلن نادي
		// ايفرتون ...، أنه مدد عقد ...") or the organization of one of
		// Spokesmen within three words before it ("أوضح الناطق الإعلامي
		// بشرطة منطقة مكة المكرمة ... أنه أمس الأربعاء، تمكنت دوريات الأمن").
		DoerThat  []string `yaml:"doer_that"`
		Spokesmen []string `yaml:"spokesmen"`
		// DoerWhere: when the clause after such a lead clause opens with
		// one of these (a "where", "as": حيث), the lead clause tells the
		// main event and the dated clause how it went on, so the name of
		// any kind right after the lead clause's first word, its subject,
		// is a participant: "سلمت الولايات المتحدة الأميركية مصر ثماني
		// طائرات، حيث وصل أمس ... الفوج الأول منها".
		DoerWhere []string `yaml:"doer_where"`
		// Refs: a definite noun that stands for an organization the
		// article named before (see roleRef).
		Refs []refData `yaml:"refs"`
		// NewsAgencies: an organization whose name holds one of these
		// phrases ("وكالة الأنباء البحرينية", "Kuwait News Agency") is a
		// news agency, the report's source and no participant, whatever
		// words stand before it ("أفادت وكالة الأنباء البحرينية، أن").
		NewsAgencies []string `yaml:"news_agencies"`
		// Honorifics: a word of address with a pronoun ("سموه", "معاليه":
		// His Highness, His Excellency) stands for the person the
		// sentence, or the one before it, names first (see honorifics).
		Honorifics []string `yaml:"honorifics"`
		// Behalf: a person a few words after one of these is whom
		// someone acts for, not a word of address's person: "نيابة عن
		// صاحب السمو الملكي الأمير متعب".
		Behalf []string `yaml:"behalf"`
		// Destination: a place up to three words after one of these (a
		// participle of heading for: المتجه, متجهة) is where something is
		// bound, a participant only where the event names no other place.
		Destination []string `yaml:"destination"`
		// Origin and OriginFrom: a place up to three words after one of
		// Origin followed by one of OriginFrom (قادما من) is where
		// something comes from, a participant only where the event names
		// no other place.
		Origin     []string `yaml:"origin"`
		OriginFrom []string `yaml:"origin_from"`
		// LocatorDirections, LocatorUnits, LocatorLinks, LocatorLying: a
		// place, not a country, after a run of these (a direction, or a
		// number and a unit of distance, with links and words of lying:
		// من, على بعد, الواقعة) that follows another place (not a
		// country), perhaps after a comma, tells where
		// that place lies, a participant only where the event names no
		// other place: "قرية دوما جنوب نابلس" (see locator).
		LocatorDirections []string `yaml:"locator_directions"`
		LocatorUnits      []string `yaml:"locator_units"`
		LocatorLinks      []string `yaml:"locator_links"`
		LocatorLying      []string `yaml:"locator_lying"`
		// LocatorLandmarks: a place right after one of these names a
		// road or an airport ("بطريق مكة"), which no place lies from.
		LocatorLandmarks []string `yaml:"locator_landmarks"`
		// SeatTitles: a place (not a country) right after one of these,
		// or after one of these and one of SeatDivisions, is the seat of
		// a region's emir, no place of the event: "أمير مكة المكرمة
		// يفتتح" opens an exhibition in Taif, "أمير منطقة الرياض يكلف"
		// appoints a governor of Shaqra. After one of CitySeatTitles (a
		// governor, a mayor) it is the event's place only where the event
		// names no other ("أمين جدة ... تفقد ... بالمحافظة").
		SeatTitles     []string `yaml:"seat_titles"`
		CitySeatTitles []string `yaml:"city_seat_titles"`
		SeatDivisions  []string `yaml:"seat_divisions"`
	} `yaml:"participants"`
	Boundaries []boundary `yaml:"boundaries"`
	WeakDates  []string   `yaml:"weak_dates"`
	// NameSeasons: a season's word that, alone (no year, no "last"), puts
	// its season before the article's day is no date but a name, a habit
	// or a figure of speech: "سعد الربيع", "شركة الربيع", "أوراق الخريف",
	// "فصل الشتاء فيه متسع أكبر للقراءة" in an August article. Two one-word
	// seasons in a sentence ("في فصلي الشتاء والصيف") are a habit whatever
	// the language (see bareSeason and seasonWord in assemble.go).
	NameSeasons []string `yaml:"name_seasons"`
	// Occasions: words right before a date that make it the occasion of
	// what the sentence tells, not its time ("حفل معايدة بمناسبة عيد الفطر",
	// "a reception to mark Independence Day"); OccasionFillers may stand
	// between them and the date (بمناسبة حلول عيد الفطر).
	Occasions       []string `yaml:"occasions"`
	OccasionFillers []string `yaml:"occasion_fillers"`
	// OccasionClitics and OccasionNames: a feast's name with a proclitic
	// (احتفلت ... بعيد الفطر, هنأهم بعيد الفطر, لقاء المعايدة لعيد الفطر)
	// is what is celebrated, not when, once the feast is over at the
	// article's date or another date of its sentence says when.
	OccasionClitics []string `yaml:"occasion_clitics"`
	OccasionNames   []string `yaml:"occasion_names"`
	// Celebrations: a verb of celebrating before the feast (احتفل أهالي
	// القرية بعيد الفطر) says the feast is when, as well as what.
	Celebrations []string `yaml:"celebrations"`
	// OccasionAfter and OccasionPeriods: a feast right after one of
	// OccasionAfter, or after one of them and one of OccasionPeriods (بعد
	// إجازة عيد الفطر), in an article written once the feast is over, is
	// when something came after, not when it was.
	OccasionAfter   []string `yaml:"occasion_after"`
	OccasionPeriods []string `yaml:"occasion_periods"`
	// OccasionNouns: a feast (OccasionNames) right after one of these
	// nouns of what is held on it (مسرحيات عيد الفطر, مهرجان عيد الفطر) is
	// the occasion, not the time, when another day of its sentence says
	// when (اختتمت مساء أمس فعاليات مسرحيات عيد الفطر).
	// OccasionDuring: before such a noun (خلال احتفالات عيد الفطر), the
	// feast is when after all.
	OccasionNouns  []string `yaml:"occasion_nouns"`
	OccasionDuring []string `yaml:"occasion_during"`
	// RelativeDays: time words that say only a day counted from the
	// article's (today, yesterday), with no weekday or date: a paper
	// crawled a day late dates by them a day after another paper's
	// report of the same event (Merger.nextDayReports).
	RelativeDays []string `yaml:"relative_days"`
	Punctuation  struct {
		Commas      []string    `yaml:"commas"`
		Quotes      [][2]string `yaml:"quotes"`
		PressQuotes []string    `yaml:"press_quotes"`
	} `yaml:"punctuation"`
	Boilerplate struct {
		CutAt     []string `yaml:"cut_at"`
		CutLinks  []string `yaml:"cut_links"`
		DropLines []string `yaml:"drop_lines"`
		ShareBars []string `yaml:"share_bars"`
	} `yaml:"boilerplate"`
}

// morphFile is lang/<code>/morphology.yaml: the clitics a word of the
// language may carry (see lang/ar/morphology.yaml).
type morphFile struct {
	Conjunctions       []string `yaml:"conjunctions"`
	Prepositions       []string `yaml:"prepositions"`
	Article            []string `yaml:"article"`
	PrepositionArticle []string `yaml:"preposition_article"`
	Future             []string `yaml:"future"`
	FutureBefore       []string `yaml:"future_before"`
	MinLetters         int      `yaml:"min_letters"`
	FutureMinLetters   int      `yaml:"future_min_letters"`
	Verb               *struct {
		PastSuffixes      []string    `yaml:"past_suffixes"`
		ImperfectPrefixes []string    `yaml:"imperfect_prefixes"`
		ImperfectSuffixes []string    `yaml:"imperfect_suffixes"`
		ImperfectDrop     []string    `yaml:"imperfect_drop"`
		ObjectSuffixes    []string    `yaml:"object_suffixes"`
		ObjectRewrite     [][2]string `yaml:"object_rewrite"`
		WeakFinal         string      `yaml:"weak_final"`
		WeakDrop          []string    `yaml:"weak_drop"`
	} `yaml:"verb"`
	Noun *struct {
		Suffixes           []string  `yaml:"suffixes"`
		PossessiveSuffixes []string  `yaml:"possessive_suffixes"`
		TaaMarbuta         [2]string `yaml:"taa_marbuta"`
		ReplaceTaa         []string  `yaml:"replace_taa"`
		PossessiveAfter    []string  `yaml:"possessive_after"`
	} `yaml:"noun"`
}

// langData is what one language contributes to the lexicon.
type langData struct {
	code  string
	file  langFile
	morph *morphFile
	// stop are the language's function words and its most frequent words
	// (lang/<code>/words.yaml, frequent_words.yaml): no evidence that two
	// reports tell one event.
	stop []string
	// common are its next most frequent words (frequent_words.yaml, after
	// the stop words, up to commonFrequent): words that many stories of a
	// day use, no sign of one event when two reports share them.
	common []string
}

// readLanguages decodes the events.yaml (and morphology.yaml, when there is
// one) of every language folder of fsys, in order of language code.
func readLanguages(fsys fs.FS) ([]*langData, error) {
	dirs, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, fmt.Errorf("timeline: language data: %w", err)
	}
	var out []*langData
	for _, de := range dirs {
		if !de.IsDir() {
			continue
		}
		name := path.Join(de.Name(), "events.yaml")
		if _, err := fs.Stat(fsys, name); err != nil {
			continue // a language without event words
		}
		ld := &langData{code: de.Name()}
		if err := lang.Decode(fsys, name, &ld.file); err != nil {
			return nil, fmt.Errorf("timeline: %w", err)
		}
		mname := path.Join(de.Name(), "morphology.yaml")
		if _, err := fs.Stat(fsys, mname); err == nil {
			ld.morph = new(morphFile)
			if err := lang.Decode(fsys, mname, ld.morph); err != nil {
				return nil, fmt.Errorf("timeline: %w", err)
			}
		}
		if err := readStopWords(fsys, ld); err != nil {
			return nil, err
		}
		out = append(out, ld)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].code < out[j].code })
	return out, nil
}

// readUserFile decodes a user's --triggers file.
func readUserFile(name string) (*langFile, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("triggers: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, 16<<20))
	if err != nil {
		return nil, fmt.Errorf("triggers %s: %w", name, err)
	}
	var uf langFile
	if err := lang.DecodeBytes(data, name, &uf); err != nil {
		return nil, fmt.Errorf("triggers: %w", err)
	}
	if uf.Lang == "" {
		return nil, fmt.Errorf("triggers: %s: no lang: say which language the words are in (lang: en)", name)
	}
	return &uf, nil
}

// addUserFile adds the words of a user's file to the language it names (a
// new language when none has its code) and its new types before "other".
func addUserFile(tf *typesFile, langs []*langData, uf *langFile) ([]*langData, error) {
	for _, t := range uf.Types {
		if indexOf(tf.Types, t) >= 0 {
			continue
		}
		n := len(tf.Types)
		if n > 0 && tf.Types[n-1] == tf.Other {
			tf.Types = append(tf.Types[:n-1], t, tf.Other)
		} else {
			tf.Types = append(tf.Types, t)
		}
	}
	var ld *langData
	for _, l := range langs {
		if l.code == uf.Lang {
			ld = l
		}
	}
	if ld == nil {
		if uf.Script == "" {
			return nil, fmt.Errorf("triggers: new language %q: say its script (script: latin or arabic)", uf.Lang)
		}
		ld = &langData{code: uf.Lang}
		ld.file.Script = uf.Script
		langs = append(langs, ld)
	}
	lf := &ld.file
	if lf.Labels == nil {
		lf.Labels = map[string]string{}
	}
	for t, l := range uf.Labels {
		if _, ok := lf.Labels[t]; !ok {
			lf.Labels[t] = l
		}
	}
	extendFile(reflect.ValueOf(lf).Elem(), reflect.ValueOf(uf).Elem())
	return langs, nil
}

// extendFile adds what the user's file src says to the language's file dst,
// section by section, so that no key the strict loader accepts is dropped:
// a list is appended to, a map's lists are appended to key by key, a
// nested section is extended in turn, and a number or a word the user sets
// replaces the built-in one. The language's code, script, types and labels
// are addUserFile's (a label the language has stays).
func extendFile(dst, src reflect.Value) {
	for i := range dst.NumField() {
		switch dst.Type().Field(i).Name {
		case "Lang", "Script", "Types", "Labels":
			continue
		}
		d, s := dst.Field(i), src.Field(i)
		switch d.Kind() {
		case reflect.Slice:
			d.Set(reflect.AppendSlice(d, s))
		case reflect.Map:
			if s.Len() == 0 {
				continue
			}
			if d.IsNil() {
				d.Set(reflect.MakeMap(d.Type()))
			}
			for it := s.MapRange(); it.Next(); {
				v := it.Value()
				if old := d.MapIndex(it.Key()); old.IsValid() && v.Kind() == reflect.Slice {
					v = reflect.AppendSlice(old, v)
				}
				d.SetMapIndex(it.Key(), v)
			}
		case reflect.Struct:
			extendFile(d, s)
		case reflect.Pointer:
			if !s.IsNil() {
				d.Set(s)
			}
		default:
			if !s.IsZero() {
				d.Set(s)
			}
		}
	}
}

func indexOf(xs []string, x string) int {
	for i, s := range xs {
		if s == x {
			return i
		}
	}
	return -1
}

// stopFrequent is how many of a language's most frequent words
// (frequent_words.yaml) count as stop words when the merger compares the
// wording of two reports.
const stopFrequent = 300

// commonFrequent is how many of a language's most frequent words are
// common: no rare wording two reports share (Merger.rareWording).
const commonFrequent = 2000

// readStopWords reads ld's stop words: the function words of its
// words.yaml and the first stopFrequent words of its frequent_words.yaml,
// when the language has them.
func readStopWords(fsys fs.FS, ld *langData) error {
	name := path.Join(ld.code, "words.yaml")
	if _, err := fs.Stat(fsys, name); err == nil {
		var w lang.Words
		if err := lang.Decode(fsys, name, &w); err != nil {
			return fmt.Errorf("timeline: %w", err)
		}
		ld.stop = append(ld.stop, w.FunctionWords...)
	}
	name = path.Join(ld.code, "frequent_words.yaml")
	if _, err := fs.Stat(fsys, name); err == nil {
		var f struct {
			Words string `yaml:"words"`
		}
		if err := lang.Decode(fsys, name, &f); err != nil {
			return fmt.Errorf("timeline: %w", err)
		}
		words := strings.Fields(f.Words)
		ld.stop = append(ld.stop, words[:min(len(words), stopFrequent)]...)
		ld.common = append(ld.common, words[min(len(words), stopFrequent):min(len(words), commonFrequent)]...)
	}
	return nil
}

// refData is one definite noun that stands for an organization named
// before ("الشركة"): its Words as written, with the article; the Heads that
// mark the organization where it was named (the word that opens its name
// or stands right before it: "شركة ...", "نادي الرياض"); Clubs when a club
// named bare (الهلال) is one too; After, the words with the article that
// may follow the noun and leave it the same one ("الفريق الأول").
type refData struct {
	Words []string `yaml:"words"`
	Heads []string `yaml:"heads"`
	Clubs bool     `yaml:"clubs"`
	// Adjectives: the endings of a club's relative adjective after the
	// noun ("الفريق الاتحادي", "الفريق الأهلاوي"): the adjective names
	// the article's club whose bare name it is once both lose an ending.
	Adjectives []string `yaml:"adjectives"`
	After      []string `yaml:"after"`
}
