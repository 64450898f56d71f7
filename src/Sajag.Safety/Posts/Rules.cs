using System.Collections.Frozen;
using System.Text.RegularExpressions;
using static Sajag.Safety.Posts.Patterns;

namespace Sajag.Safety.Posts;

/// <summary>A detail a rule found, before overlaps are settled.</summary>
internal readonly record struct Candidate(DetailKind Kind, int Start, int End);

/// <summary>How a rule turns a match into the span to mark.</summary>
internal enum SpanFrom
{
    /// <summary>The whole match.</summary>
    Match,

    /// <summary>The place words in group "p", cut at the first small word; nothing when they are only generic (home, Dhaka).</summary>
    Place,

    /// <summary>The place words at the end of group "p", just before a verb ("... মিরপুরে থাকি", "... right now").</summary>
    PlaceBefore,

    /// <summary>The whole match, when the words in group "p" are not only generic (Main Road).</summary>
    NamedPlace,
}

/// <summary>One regular expression for one kind of detail, and what every match of it holds (null: nothing checked first).</summary>
internal sealed record Rule(DetailKind Kind, Regex Pattern, SpanFrom Span = SpanFrom.Match, Needs? Needs = null);

/// <summary>The pattern rules for ages, classes, addresses and live locations, in English, Bangla and Banglish.</summary>
internal static class Rules
{
    private const string Units = @"%|am|pm|a\.m|p\.m|mins?|minutes?|hours?|hrs?|km|kms|m|kg|kgs|cm|ft|feet|foot|inch|inches|taka|tk|times?|percent|out|of|days?|weeks?|months?|secs?|seconds?|people|friends?|balls?|runs?|points?|pages?|marks?|steps?|miles?|meters?|metres?|degrees?";
    private const string EnglishNumbers = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|xii|xi|ix|x|viii|vii|vi|v|iv|iii|ii";
    private const string BanglaClassNumbers = "ওয়ান|টু|থ্রি|ফোর|ফাইভ|সিক্স|সেভেন|এইট|নাইন|টেন|ইলেভেন|টুয়েলভ";
    private const string BanglaOrdinals = "প্রথম|দ্বিতীয়|তৃতীয়|চতুর্থ|পঞ্চম|ষষ্ঠ|সপ্তম|অষ্টম|নবম|দশম|একাদশ|দ্বাদশ";
    private const string Areas = "mirpur|uttara|mohakhali|banani|gulshan|dhanmondi|bashundhara|badda|rampura|khilgaon|motijheel|mohammadpur|shyamoli|lalmatia|baridhara|tejgaon|jatrabari|malibagh|moghbazar|azimpur|pallabi|savar|tongi|gazipur|"
        + "মিরপুর|উত্তরা|মহাখালী|বনানী|গুলশান|ধানমন্ডি|বসুন্ধরা|বাড্ডা|রামপুরা|খিলগাঁও|মতিঝিল|মোহাম্মদপুর|শ্যামলী|লালমাটিয়া|বারিধারা|তেজগাঁও|যাত্রাবাড়ী|মালিবাগ|মগবাজার|আজিমপুর|পল্লবী|সাভার|টঙ্গী|গাজীপুর";
    private const string HouseWords = "house|home|holding|bari|basha|basa|bashar|barir|flat|apartment|apt|road|rd|street|lane|goli|gali|rasta|sector|ward|plot";
    private const string NumberedWords = "road|house|lane|ward|sector|goli|basha|bari";
    private const string BanglaHouseWords = "বাসা|বাড়ি|হোল্ডিং|রোড|সড়ক|গলি|লেন|ফ্ল্যাট|ফ্লাট|সেক্টর|ওয়ার্ড|প্লট";
    private const string BanglaNumber = "নং|নম্বর|নাম্বার";
    private const string Now = @"(?:right\s+now|now|rn|at\s+the\s+moment|currently)";
    private const string IAm = @"(?:i'm|i’m|i\s+am|im|we're|we’re|we\s+are)";

    public static readonly IReadOnlyList<Rule> All =
    [
        // Ages.
        // "15 years old", and the playful "14 years young".
        new(DetailKind.Age, Make($@"{L}\d{{1,2}}\s*-?\s*(?:years?|yrs?|yr)\s*-?\s*(?:old|young){R}")),
        new(DetailKind.Age, Make($@"{L}\d{{1,2}}\s*(?:y/o|y\.o\.|yo){R}")),
        new(DetailKind.Age, Make($@"{L}{IAm}\s+(?:only\s+|just\s+|now\s+)?\d{{1,2}}(?![\p{{L}}\p{{M}}\p{{Nd}}%:]|\.\d|\s*(?:{Units}){R})")),
        new(DetailKind.Age, Make($@"{L}(?:my\s+age\s+is|age\s+is|aged|age)\s*[:\-]?\s*\d{{1,2}}{R}")),
        new(DetailKind.Age, Make($@"{L}turn(?:ing|ed|s)\s+\d{{1,2}}{R}(?!\s*(?:{Units}){R})")),
        new(DetailKind.Age, Make($@"{L}\d{{1,2}}(?:st|nd|rd|th)\s+(?:birthday|b'?day|bday){R}")),
        new(DetailKind.Age, Make($@"বয়স\s*(?:এখন\s*|মাত্র\s*|হলো\s*|হল\s*|:\s*)?\d{{1,2}}(?!\d)(?:\s*বছর)?")),
        new(DetailKind.Age, Make($@"{L}\d{{1,2}}\s*বছর(?:ের)?\s*(?:বয়সী|বয়স|ছেলে|মেয়ে)")),
        new(DetailKind.Age, Make($@"{L}আমি\s+(?:মাত্র\s+)?\d{{1,2}}\s*বছরের")),
        new(DetailKind.Age, Make($@"{L}\d{{1,2}}\s*(?:বছরে|-এ)\s+পা\s+(?:দিলাম|দিয়েছি|দেব|দিব|দিচ্ছি)")),
        new(DetailKind.Age, Make($@"{L}(?:boyos|boyosh|boyoss|boyes|boyesh|boyash|boyas|boish)\s*(?:holo|hoilo|hocche|ekhon|matro|:)?\s*\d{{1,2}}(?!\d)")),
        new(DetailKind.Age, Make($@"{L}\d{{1,2}}\s*(?:bochor|bosor|bochhor|bocor|bochr)(?:\s*er)?\s+(?:boyos|boyosh|boyesh|boyoshi|meye|chele|cheley|mey){R}")),
        new(DetailKind.Age, Make($@"{L}ami\s+(?:matro\s+)?\d{{1,2}}\s*(?:bochor|bosor|bochhor)(?:\s*er)?{R}")),

        // Class, section and roll number.
        new(DetailKind.Class, Make($@"{L}(?:class|grade|std|standard)\s*[:\-]?\s*(?:\d{{1,2}}(?:st|nd|rd|th)?|{EnglishNumbers}){R}(?!\s*(?:-|–|to)\s*\d)")),
        new(DetailKind.Class, Make($@"{L}\d{{1,2}}(?:st|nd|rd|th)\s+(?:grade|class|std|standard){R}")),
        // "section e" after "amr" is "in my section" (Banglish -e), not section E; "section Kha" is the Bengali letter খ in Latin letters.
        new(DetailKind.Class, Make($@"{L}(?:section|sec)\s*[:\-.]?\s*(?:ka|kha|ga|gha|[a-df-h]|\d{{1,2}}|(?<!(?:amr|amar|tomar|tmr|tor|oder|amader|tomader)\s+(?:section|sec)\s*)e){R}")),
        new(DetailKind.Class, Make($@"{L}roll\s*(?:no\.?|number|nmbr|num|#)?\s*[:\-]?\s*\d{{1,4}}{R}")),
        new(DetailKind.Class, Make($@"{L}(?:ক্লাস|শ্রেণি|শ্রেণী)\s*[:\-]?\s*(?:\d{{1,2}}|{BanglaClassNumbers})[\p{{L}}\p{{M}}]*")),
        new(DetailKind.Class, Make($@"{L}(?:\d{{1,2}}\s*(?:ম|য়|র্থ|ষ্ঠ|শ|তম)|{BanglaOrdinals})\s*(?:শ্রেণি|শ্রেণী|ক্লাস)[\p{{L}}\p{{M}}]*")),
        new(DetailKind.Class, Make($@"{L}(?:সেকশন|শাখা)\s*[:\-]?\s*(?:[a-h]|\d{{1,2}}|এ|বি|সি|ডি|ক|খ|গ|ঘ){R}")),
        new(DetailKind.Class, Make($@"{L}রোল\s*(?:নং|নম্বর|নাম্বার)?\s*[:\-]?\s*\d{{1,4}}{R}")),

        // Home address: numbered parts, named roads, areas, and "I live in ...".
        new(DetailKind.Address, Make($@"{L}(?:{HouseWords})\.?\s*(?:no\.?|number|nmbr|num|#)?\s*[:\-]?\s*(?:\d{{1,4}}[a-z]?(?:\s*/\s*(?:\d{{1,4}}|[a-z]))?|[a-z]\s*-?\s*\d{{1,4}}){R}"), Needs: Needs.AnyDigit.And(Needs.OneOf(HouseWords))),
        new(DetailKind.Address, Make($@"{L}(?:block|blk)\s*[:\-]?\s*(?:[a-z]|\d{{1,3}}){R}"), Needs: new(["block", "blk"])),
        new(DetailKind.Address, Make($@"{L}[hr]\s*#\s*\d{{1,4}}[a-z]?{R}"), Needs: Needs.AnyDigit.And(new Needs(["#"]))),
        new(DetailKind.Address, Make($@"{L}\d{{1,4}}\s*(?:no\.?|number|nong|nomber)\s+(?:{NumberedWords}){R}"), Needs: Needs.AnyDigit.And(Needs.OneOf(NumberedWords))),
        new(DetailKind.Address, Make($@"{L}\d{{1,2}}(?:st|nd|rd|th)\s+floor{R}"), Needs: Needs.AnyDigit.And(new Needs(["floor"]))),
        new(DetailKind.Address, Make($@"{L}(?:{BanglaHouseWords})\s*(?:নং|নম্বর|নাম্বার|#)?\s*[:\-]?\s*(?:\d{{1,4}}\s*(?:[a-z])?(?:\s*/\s*(?:\d{{1,4}}|[a-z]|[ক-হ]))?|[a-z]\s*-?\s*\d{{1,4}})(?![\p{{Nd}}])"), Needs: Needs.AnyDigit.And(Needs.OneOf(BanglaHouseWords))),
        new(DetailKind.Address, Make($@"{L}\d{{1,4}}\s*(?:{BanglaNumber})\s*(?:বাসা|বাড়ি|রোড|সড়ক|গলি|লেন|ফ্ল্যাট|ওয়ার্ড|সেক্টর|ব্লক|হোল্ডিং)[\p{{L}}\p{{M}}]*"), Needs: Needs.AnyDigit.And(Needs.OneOf(BanglaNumber))),
        new(DetailKind.Address, Make($@"{L}ব্লক\s*[:\-]?\s*(?:[a-z]|এ|বি|সি|ডি|ই|এফ|জি|[ক-হ]){R}"), Needs: new(["ব্লক"])),
        // A labelled rural address: "গ্রাম: চরপাড়া, ডাকঘর: কালিগঞ্জ", "village: Charpara, P.O. Kaliganj", "thana- Sadar".
        new(DetailKind.Address, Make($@"{L}(?:গ্রাম|ডাকঘর|পোস্ট\s*অফিস|পোঃ|থানা|উপজেলা|মহল্লা|village|vill|gram|post\s*office|p\.?\s*o|thana|upazila)\s*[:ঃ\-\.]\s*[\p{{L}}\p{{M}}]{{2,}}(?:\s+[\p{{L}}\p{{M}}]{{2,}})?"), Needs: new([":", "ঃ", "-", "."])),
        // A house number and the area after it: "৫৬ নম্বর পশ্চিম রাজাবাজার"; not a question, a bus, a roll or a seat number.
        new(DetailKind.Address, Make($@"{L}\d{{1,4}}\s*(?:{BanglaNumber})\s+(?!রোড|বাসা|বাড়ি|সড়ক|গলি|লেন|ফ্ল্যাট|ওয়ার্ড|সেক্টর|ব্লক|হোল্ডিং|প্রশ্ন|বাস|রোল|ক্লাস|পৃষ্ঠা|পাতা|সিট|গেট|প্ল্যাটফর্ম|বিপদ|সংকেত|অধ্যায়|ঘর|লাইন|জার্সি|খেলোয়াড়|হয়ে|হলো|পেয়ে)[\p{{L}}\p{{M}}]{{2,}}\s+[\p{{L}}\p{{M}}]{{2,}}"), Needs: Needs.AnyDigit.And(Needs.OneOf(BanglaNumber))),
        new(DetailKind.Address, Make($@"{WordStart}(?<p>(?:[A-Z][\p{{L}}'\-]{{0,39}}\s+){{1,3}})(?:Road|Street|Lane|Avenue|Sarani|Sharani|Rd\.?){R}", caseSensitive: true), SpanFrom.NamedPlace, Needs: new(["Road", "Street", "Lane", "Avenue", "Sarani", "Sharani", "Rd"])),
        // "Mirpur 10", "উত্তরা সেক্টর ৭"; not a time or a distance after an area ("মিরপুর থেকে মতিঝিল ৩ ঘণ্টা").
        new(DetailKind.Address, Make($@"{L}(?:{Areas})\s*-?\s*(?:sector\s*|সেক্টর\s*)?\d{{1,2}}(?![\p{{Nd}}])(?!\s*(?:{Units}|ঘণ্টা|ঘন্টা|মিনিট|টাকা|কিমি|কিলো|দিন|মাস|বছর|জন|বার){R})"), Needs: Needs.AnyDigit.And(Needs.OneOf(Areas))),
        new(DetailKind.Address, Make($@"{L}(?:i|we)\s+(?:live|stay|am\s+living|are\s+living|'m\s+living|’m\s+living|am\s+staying)\s+(?:in|at|on|near|beside|next\s+to|opposite)\s+{Place(5, lazy: false)}"), SpanFrom.Place, Needs: new(["liv", "stay"])),
        new(DetailKind.Address, Make($@"{L}(?:my|our)\s+(?:house|home|flat|apartment)\s+is\s+(?:in|at|on|near|beside|next\s+to|opposite|behind)\s+{Place(5, lazy: false)}"), SpanFrom.Place, Needs: new(["house", "home", "flat", "apartment"])),
        new(DetailKind.Address, Make($@"{L}(?:আমি|আমরা)\s+{Place(4, lazy: true)}\s+(?:থাকি|থাকছি|থাকতাম){R}"), SpanFrom.PlaceBefore, Needs: new(["থাক"])),
        new(DetailKind.Address, Make($@"{L}(?:আমার|আমাদের)\s+(?:বাসা|বাড়ি|ফ্ল্যাট)\s+{Place(4, lazy: false)}"), SpanFrom.Place, Needs: new(["আমার", "আমাদের"])),
        new(DetailKind.Address, Make($@"{L}(?:ami|amra)\s+{Place(4, lazy: true)}\s+(?:thaki|thakhi|thakchi|thaktam){R}"), SpanFrom.PlaceBefore, Needs: new(["thak"])),
        new(DetailKind.Address, Make($@"{L}(?:amar|amr|amader)\s+(?:basha|basa|bari)\s+{Place(4, lazy: false)}"), SpanFrom.Place, Needs: new(["basha", "basa", "bari"])),

        new(DetailKind.Address, Make($@"{L}(?:area|address|addr|elaka|এলাকা|ঠিকানা)\s*[:\-]\s*{Place(5, lazy: false)}"), SpanFrom.Place, Needs: new(["area", "addr", "elaka", "এলাকা", "ঠিকানা"])),

        // A school named after "school name", "স্কুলের নাম".
        new(DetailKind.School, Make($@"{L}(?:school|college|madrasa)(?:'s)?\s+(?:er\s+)?(?:name|nam|naam)\s*(?:is|holo|:)?\s*{Place(5, lazy: false)}"), SpanFrom.Place),
        new(DetailKind.School, Make($@"{L}(?:স্কুলের|কলেজের|মাদ্রাসার)\s+নাম\s*(?:হলো|হল|:)?\s*{Place(5, lazy: false)}"), SpanFrom.Place),

        // Where you are right now.
        new(DetailKind.Location, Make($@"{L}{IAm}\s+(?:currently\s+|now\s+|right\s+now\s+)?(?:at|in|near|inside|outside)\s+{Place(5, lazy: true)}\s*,?\s+{Now}{R}"), SpanFrom.PlaceBefore),
        new(DetailKind.Location, Make($@"{L}{IAm}\s+(?:currently|now|right\s+now)\s+(?:at|in|near)\s+{Place(5, lazy: false)}"), SpanFrom.Place),
        new(DetailKind.Location, Make($@"{L}(?:right\s+)?now\s+{IAm}\s+(?:at|in|near)\s+{Place(5, lazy: false)}"), SpanFrom.Place),
        new(DetailKind.Location, Make($@"{L}(?:just\s+(?:reached|arrived\s+at|got\s+to)|arrived\s+at|check(?:ed|ing)?\s*-?\s*in\s*(?:at|@|:)|here\s+at)\s+{Place(5, lazy: false)}"), SpanFrom.Place),
        new(DetailKind.Location, Make($@"{L}(?:on\s+my\s+way\s+to|heading\s+to)\s+{Place(5, lazy: true)}\s+{Now}{R}"), SpanFrom.PlaceBefore),
        new(DetailKind.Location, Make($@"{L}-?\d{{1,2}}\.\d{{3,}}\s*,\s*-?\d{{1,3}}\.\d{{3,}}(?!\d)")),
        new(DetailKind.Location, Make(@"(?:https?://)?(?:maps\.app\.goo\.gl|goo\.gl/maps|(?:www\.)?google\.[a-z.]{2,6}/maps|maps\.google\.[a-z.]{2,6})[^\s]*")),
        new(DetailKind.Location, Make($@"{L}এখন\s+(?:আমি\s+|আমরা\s+)?{Place(4, lazy: true)}\s+(?:আছি|আছে|আছো|আছিস){R}"), SpanFrom.PlaceBefore),
        new(DetailKind.Location, Make($@"{L}{Place(2, lazy: false)}\s+আছি\s+এখন{R}"), SpanFrom.PlaceBefore),
        new(DetailKind.Location, Make($@"{L}এইমাত্র\s+{Place(4, lazy: true)}\s+(?:পৌঁছালাম|পৌঁছেছি|পৌছালাম|এলাম|আসলাম){R}"), SpanFrom.PlaceBefore),
        new(DetailKind.Location, Make($@"{L}(?:ekhon|akhon|ekhn|akhn|ekhun)\s+(?:ami\s+|amra\s+)?{Place(4, lazy: true)}\s+(?:achi|asi|aci|achhi|ase|ache|achis){R}"), SpanFrom.PlaceBefore),
        new(DetailKind.Location, Make($@"{L}{Place(2, lazy: false)}\s+(?:achi|asi|aci|achhi)\s+(?:ekhon|akhon|ekhn){R}"), SpanFrom.PlaceBefore),
        new(DetailKind.Location, Make($@"{L}(?:matro|maatro|just)\s+{Place(4, lazy: true)}\s+(?:pouchalam|pouchaisi|pouchechi|pouchlam|aslam|ashlam|elam){R}"), SpanFrom.PlaceBefore),
    ];

    // The rules of one kind in order, each marked when the kind's gate holds its need: every rule with a need whose words
    // are not single characters (the rural labels' ":" and "." are in most texts).
    private static readonly (Rule Rule, bool Gated)[] AllRules = [.. All.Select(r => (r, false))];

    private static readonly FrozenDictionary<DetailKind, ((Rule Rule, bool Gated)[] Rules, Needs? Gate)> ByKind = All
        .GroupBy(r => r.Kind)
        .ToFrozenDictionary(g => g.Key, g =>
        {
            var gated = g.Select(r => r.Needs is { } n && n.StartsWithWordsOfAtLeast(2)).ToArray();
            var gate = gated.Any(x => x) ? Needs.Any(g.Where((_, i) => gated[i]).Select(r => r.Needs!).ToList()) : null;
            return (g.Select((r, i) => (r, gated[i])).ToArray(), gate);
        });

    /// <summary>Places that say too little to find someone: home, school, a village, the country or a big city.</summary>
    public static readonly FrozenSet<string> GenericPlaces = Words.Set("""
        home house school class college madrasa work office bed room village city town country area flat apartment place friend friend's friends
        outside inside mall market park shop bazar bazaar road street mosque masjid temple church hospital coaching tuition bus car rickshaw train
        there here way main high big small long new old party meeting exam test practice hurry trouble love bathroom gym pool concert wedding
        program programme function event match game cinema restaurant cafe library field ground playground lab canteen queue line traffic jam
        mood mode bus stop class section grade standard std roll
        sunset sunrise view rain moon sky stars movie film show news eid puja christmas ramadan ramzan iftar sehri boishakh weekend holidays vacation
        english bangla bengali math maths physics chemistry biology ict science history geography accounting economics arts commerce
        bari basha basa ghor ghore gram shohor dokan
        dhaka bangladesh chittagong chattogram khulna rajshahi sylhet barisal barishal rangpur mymensingh comilla cumilla
        বাসা বাড়ি ঘর স্কুল কলেজ মাদ্রাসা ক্লাস গ্রাম শহর এখানে ওখানে সেখানে দেশ বাইরে রাস্তা দোকান বাজার মসজিদ মন্দির হাসপাতাল কোচিং প্রাইভেট
        ঢাকা বাংলাদেশ চট্টগ্রাম খুলনা রাজশাহী সিলেট বরিশাল রংপুর ময়মনসিংহ কুমিল্লা
        """);

    /// <summary>Runs every rule (or those of one <paramref name="kind"/>) over the draft (Bengali digits already ASCII) and adds what they find.</summary>
    public static void Find(string text, List<Candidate> found, DetailKind? kind = null)
    {
        bool? digit = null;
        var (rules, gate) = kind is { } only ? ByKind.GetValueOrDefault(only, ([], null)) : (AllRules, null);
        bool? open = null;
        foreach (var (rule, gated) in rules)
        {
            // A rule is skipped on a text without what all its matches hold; whether the text has a digit is asked once, and
            // the rules whose needs the gate holds are skipped together when it is shut (most texts: no address).
            if (gated && !(open ??= gate!.MayMatch(text, ref digit)))
            {
                continue;
            }

            if (rule.Needs is { } needs && !needs.MayMatch(text, ref digit))
            {
                continue;
            }

            foreach (Match match in rule.Pattern.Matches(text))
            {
                var span = rule.Span switch
                {
                    SpanFrom.Match => (match.Index, match.Index + match.Length),
                    SpanFrom.Place => PlaceWords(text, match.Groups["p"], fromEnd: false),
                    SpanFrom.PlaceBefore => PlaceWords(text, match.Groups["p"], fromEnd: true),
                    SpanFrom.NamedPlace => PlaceWords(text, match.Groups["p"], fromEnd: false) is null ? null : (match.Index, match.Index + match.Length),
                    _ => throw new InvalidOperationException(),
                };
                if (span is var (start, end))
                {
                    found.Add(new Candidate(rule.Kind, start, end));
                }
            }
        }
    }

    /// <summary>Words that join two clauses: what stands before them is not the place a verb after them is at.</summary>
    private static readonly FrozenSet<string> ClauseJoins = Words.Set("and but ar kintu r আর এবং কিন্তু তবে");

    /// <summary>
    /// The place words of a group, joined by spaces and free of small words: from its start (after "the"), or from its end
    /// (before the verb); null when nothing specific is left (home, Dhaka, অনেক দূরে).
    /// </summary>
    public static (int Start, int End)? PlaceWords(string text, Group group, bool fromEnd)
    {
        var part = text.Substring(group.Index, group.Length);
        var words = Words.Split(part);
        if (fromEnd)
        {
            words.Reverse();
            var skipped = words.TakeWhile(w => Words.In(Words.Stop, w)).ToList();
            // "আম্মু শপিং করতেছে আর আমি বসে আছি": the words before "and" are another clause, not the place the writer sits at.
            if (skipped.Exists(w => ClauseJoins.Contains(w.Folded)))
            {
                return null;
            }

            words = words.Skip(skipped.Count).ToList();
        }
        else
        {
            words = words.SkipWhile(w => w.Folded is "the" or "a" or "an").ToList();
        }

        var kept = new List<Word>();
        foreach (var word in words)
        {
            var joined = kept.Count == 0 || (fromEnd ? Words.Joined(part, word, kept[^1]) : Words.Joined(part, kept[^1], word));
            if (!joined || Words.In(Words.Stop, word))
            {
                break;
            }

            kept.Add(word);
        }

        if (kept.Count == 0 || kept.All(w => Words.In(GenericPlaces, w)))
        {
            return null;
        }

        var (first, last) = fromEnd ? (kept[^1], kept[0]) : (kept[0], kept[^1]);
        // "মিরপুর ১০-এ", "mirpur-e": the place without its hyphenated ending.
        var end = last.End;
        var hyphen = last.Text.LastIndexOf('-');
        if (hyphen > 0 && Words.Stem(last.Folded) != last.Folded && last.Text.Length - hyphen <= 3)
        {
            end = last.Start + hyphen;
        }

        return (group.Index + first.Start, group.Index + end);
    }
}
