using System.Collections.Frozen;
using System.Text.RegularExpressions;
using static Sajag.Safety.Posts.Patterns;

namespace Sajag.Safety.Posts;

/// <summary>
/// Ages said the way teenagers say them ("Nabil Hasan, 16", "১৫ বছর", "15 hoye gelam", "sweet 16"), where someone is right
/// now ("at Bashundhara City mall right now", "waiting outside the Motijheel Ideal School gate", "হলি ক্রস স্কুলের গেটে
/// দাঁড়িয়ে আছি") and a school named by one word before "পড়ি" or after "student of". Each pattern is a fixed sequence of
/// bounded parts with no nested repetition, so its cost stays linear in the draft.
/// </summary>
internal static class PresenceRules
{
    // 5 to 25: the ages of a child or a young person, not a price or a count.
    private const string AgeNumber = "(?:1[0-9]|2[0-5]|[5-9])";
    private const string AgeUnit = @"(?:years?|yrs?|y/?o|বছর|bochor|bosor|bochhor)(?![\p{L}\p{M}])";
    private const string BanglishAges = "egaro|baro|tero|choddo|chouddo|ponero|pondro|ponoro|sholo|solo|shotero|sotero|atharo|athero|unish";
    private const string AgeWords = "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    private const string NotDuration = @"(?!\s*(?:আগে|ধরে|পর|পরে|পূর্বে|আগের|যাবৎ|থেকে|age|agey|dhore|pore|por|ago|back|later|before|of|in|er\s+(?:age|por|pore|jonno)))";
    private const string Now = @"(?:right\s+now|rn|now|at\s+the\s+moment|atm)";
    private const string BanglaAges = "দশ|এগারো|বারো|তেরো|চৌদ্দ|পনেরো|পনের|ষোলো|ষোল|সতেরো|সতের|আঠারো|আঠারো|উনিশ";
    private const string Days = "morning|evening|afternoon|night|day|week|weekend|saturday|sunday|monday|tuesday|wednesday|thursday|friday|"
        + "shokal|sokal|bikel|bikele|shondhay|shukrobar|sukrobar|shonibar|robibar|shombar|mongolbar|budhbar|brihoshpotibar|din|"
        + "সকালে|বিকেলে|সন্ধ্যায়|রাতে|দিন|শুক্রবার|শনিবার|রবিবার|সোমবার|মঙ্গলবার|বুধবার|বৃহস্পতিবার";

    /// <summary>The 64 districts of Bangladesh (general knowledge), in Latin letters with their older spellings, and in Bengali.</summary>
    private const string Districts =
        "Bagerhat|Bandarban|Barguna|Barishal|Barisal|Bhola|Bogura|Bogra|Brahmanbaria|Chandpur|Chapainawabganj|Chattogram|Chittagong|Chuadanga|"
        + "Cox's\\s+Bazar|Cumilla|Comilla|Dhaka|Dinajpur|Faridpur|Feni|Gaibandha|Gazipur|Gopalganj|Habiganj|Jamalpur|Jashore|Jessore|Jhalokati|"
        + "Jhenaidah|Joypurhat|Khagrachhari|Khagrachari|Khulna|Kishoreganj|Kurigram|Kushtia|Lakshmipur|Laxmipur|Lalmonirhat|Madaripur|Magura|"
        + "Manikganj|Meherpur|Moulvibazar|Maulvibazar|Munshiganj|Mymensingh|Naogaon|Narail|Narayanganj|Narsingdi|Natore|Netrokona|Nilphamari|"
        + "Noakhali|Pabna|Panchagarh|Patuakhali|Pirojpur|Rajbari|Rajshahi|Rangamati|Rangpur|Satkhira|Shariatpur|Sherpur|Sirajganj|Sunamganj|"
        + "Sylhet|Tangail|Thakurgaon";

    private const string BnDistricts =
        "বাগেরহাট|বান্দরবান|বরগুনা|বরিশাল|ভোলা|বগুড়া|ব্রাহ্মণবাড়িয়া|চাঁদপুর|চাঁপাইনবাবগঞ্জ|চট্টগ্রাম|চুয়াডাঙ্গা|কক্সবাজার|কুমিল্লা|ঢাকা|দিনাজপুর|"
        + "ফরিদপুর|ফেনী|গাইবান্ধা|গাজীপুর|গোপালগঞ্জ|হবিগঞ্জ|জামালপুর|যশোর|ঝালকাঠি|ঝিনাইদহ|জয়পুরহাট|খাগড়াছড়ি|খুলনা|কিশোরগঞ্জ|কুড়িগ্রাম|"
        + "কুষ্টিয়া|লক্ষ্মীপুর|লালমনিরহাট|মাদারীপুর|মাগুরা|মানিকগঞ্জ|মেহেরপুর|মৌলভীবাজার|মুন্সীগঞ্জ|মুন্সিগঞ্জ|ময়মনসিংহ|নওগাঁ|নড়াইল|নারায়ণগঞ্জ|"
        + "নরসিংদী|নাটোর|নেত্রকোনা|নীলফামারী|নোয়াখালী|পাবনা|পঞ্চগড়|পটুয়াখালী|পিরোজপুর|রাজবাড়ী|রাজশাহী|রাঙ্গামাটি|রাঙামাটি|রংপুর|সাতক্ষীরা|"
        + "শরীয়তপুর|শেরপুর|সিরাজগঞ্জ|সুনামগঞ্জ|সিলেট|টাঙ্গাইল|ঠাকুরগাঁও";

    // The post check's only (the moderation filter's address masking keeps to numbered and labelled addresses, FindAddresses).
    private static readonly Rule[] AreaAndDistrict =
    [
        // An area and its district, written as an address is ("Maijdee Court, Noakhali", "পুরাতন বাজার, নড়াইল"), given as where
        // to come for something or where the writer lives or grew up; not a district alone ("Sylhet er cha bagan").
        new(DetailKind.Address, Make($@"{L}(?:pick\s*-?up\s+from|collect\s+(?:it\s+|them\s+)?from|deliver(?:y|ed)?\s+(?:to|at)|come\s+to|(?:i|we)\s+(?:live|stay)\s+(?:in|at)|grew\s+up\s+in|raised\s+in|(?:i'm|i’m|im|i\s+am|we're|we\s+are)\s+from)\s+(?<m>(?:{WordStart}(?-i:[A-Z])[\p{{L}}'’\-]{{0,39}}\s+){{0,3}}{WordStart}(?-i:[A-Z])[\p{{L}}'’\-]{{0,39}}\s*,\s*(?:{Districts})(?:\s+Sadar)?){R}")),
        new(DetailKind.Address, Make($@"{L}(?<m>(?!(?:আমি|আমরা|আমার|আমাদের|এখন)\s){W}(?:[ \t]+{W}){{0,2}}?\s*,\s*(?:{BnDistricts}))(?:ে|এ|-এ|তে|য়)?\s*(?:এ\s+)?(?:বড়\s+হইছি|বড়\s+হয়েছি|বড়\s+হলাম|থাকি|থাকতাম|থাকছি|এসো|আসো|আসেন|চলে\s+আসো|থেকে\s+নিয়ে\s+যাও|থেকে\s+নিয়ে\s+যাবে){R}")),
        new(DetailKind.Address, Make($@"{L}(?<m>(?!(?:ami|amra|amar|amader|ekhon)\s){W}(?:[ \t]+{W}){{0,2}}?\s*,\s*(?:{Districts}))\s*-?(?:e|te)?\s+(?:boro\s+hoisi|boro\s+hoyechi|thaki|thaktam|asho|aso|chole\s+aso|theke\s+niye\s+jao|theke\s+pickup){R}")),
    ];

    private static readonly Rule[] All =
    [
        // "Nabil Hasan, 16, Dhaka College", "Riya (15)", "নাবিল, ১৬,".
        new(DetailKind.Age, Make($@"{L}{WordStart}[A-Z][\p{{L}}'’\-]{{0,39}}\s*[,(]\s*(?<a>{AgeNumber}(?:\s*{AgeUnit})?)\s*(?:[,)।.|]|$)(?!\d)", caseSensitive: true)),
        new(DetailKind.Age, Make($@"[\u0980-\u09FF]\s*[,(]\s*(?<a>{AgeNumber}(?:\s*{AgeUnit})?)\s*(?:[,)।|]|$)")),

        // An age as one item of a list: "Rafi here, 15 yrs, love cricket", "14 years | Class 8".
        new(DetailKind.Age, Make($@"(?:^|[,|(]\s*)(?<a>{AgeNumber}\s*(?:years?|yrs?|y/?o))\s*(?:[,)|.!]|$)")),

        // An age in words: "fifteen years old", "amar boyosh ponero", "choddo bochor", "16/f/dhaka".
        new(DetailKind.Age, Make($@"{L}(?<a>(?:{AgeWords}|{BanglishAges})\s*-?\s*(?:years?|yrs?)\s*-?\s*old){R}")),
        new(DetailKind.Age, Make($@"{L}(?<a>(?:boyos|boyosh|boyes|boyesh|boyash|boyas|boish)\s*(?:holo|hoilo|ekhon|matro|:)?\s*(?:{BanglishAges}|{AgeWords})){R}")),
        new(DetailKind.Age, Make($@"{L}(?<a>(?:{BanglishAges})\s*(?:bochor|bosor|bochhor|bocor)){R}{NotDuration}")),
        new(DetailKind.Age, Make($@"{L}(?<a>{AgeNumber})\s*/\s*(?:m|f|male|female|boy|girl)(?:\s*/|{R})")),

        // The age said as a year reached: "amar 16 hoilo", "আজ আমার ১৬ হলো", "15 e porlam", "পনেরোতে পা দিলাম".
        new(DetailKind.Age, Make($@"{L}(?:amar|amr|ami|আমার|আমি)\s+(?:aj\s+|ajke\s+|আজ\s+|আজকে\s+)?(?<a>{AgeNumber}\s*(?:-?e|-?te)?\s*(?:hoilo|holo|hoise|hoyeche|hoye\s+gelo|porlam|porsi|হলো|হল|হয়েছে|হয়ে\s+গেল|পড়লাম)){R}")),
        new(DetailKind.Age, Make($@"{L}(?<a>{AgeNumber}\s*(?:-?e|-?te|-?এ|-?তে)\s+(?:porlam|porsi|পড়লাম|পড়েছি)){R}")),
        // "17 te porbe", "১৬ তে পড়বে": the year someone reaches ("-te" only: "class 9 e porbe" is a class).
        new(DetailKind.Age, Make($@"{L}(?<a>{AgeNumber}\s*(?:-?te|-?তে)\s+(?:porbe|porlo|porche|porbo|পড়বে|পড়লো|পড়ল|পড়বো)){R}")),

        // "ami 14, class 9 e pori", "ami ekhon 16.", "me: 16, still not allowed out": the writer and a bare number ending the phrase.
        new(DetailKind.Age, Make($@"{L}(?:ami|amii|আমি)\s+(?:ekhon\s+|akhon\s+|matro\s+|এখন\s+|মাত্র\s+)?(?<a>{AgeNumber})(?=\s*(?:[,.!|)]|$))")),
        new(DetailKind.Age, Make($@"{L}me\s*[:=\-–]\s*(?<a>{AgeNumber})(?=\s*(?:[,.!|)]|$))")),

        // "sixteen and still no phone of my own", "16 and I still can't cook": an age opening a sentence, "and" after it, no
        // number after that ("15 and 16 December").
        new(DetailKind.Age, Make($@"(?:^|[.!?\n]\s*)(?<a>{AgeWords}|1[3-9])\s+(?:and|&|n)\s+(?![\d\p{{Nd}}]|{AgeWords}|half|a\s+half)")),

        // "TikTok @x | 15 | Holy Cross | Dhaka": a bare age as one part of a bio between bars or bullets.
        new(DetailKind.Age, Make($@"(?:^|[|•·])\s*(?<a>1[0-9]|2[0-5])\s*(?=[|•·])|[|•·]\s*(?<a>1[0-9]|2[0-5])\s*$")),
        new(DetailKind.Age, Make($@"{L}(?<a>(?:{BanglaAges})(?:তে|য়|-এ|তেই)?\s*(?:পা\s+দিলাম|পা\s+দিয়েছি|পড়লাম|হলাম|হয়ে\s+গেলাম)){R}")),

        // "১৫ বছর", "১৬ বছর হলো", "15 bochor", not "৩ বছর আগে", "5 bochor dhore".
        new(DetailKind.Age, Make($@"{L}(?<a>{AgeNumber}\s*(?:বছর|বছরের|বছরে)){NotDuration}")),
        new(DetailKind.Age, Make($@"{L}(?<a>{AgeNumber}\s*(?:bochor|bosor|bochhor|bocor|bochr|bosr|bcr)){R}{NotDuration}")),

        // "15 hoye gelam", "16 holo", "১৫ হলাম", "১৬-তে পা দিলাম", "sweet 16", "turning sixteen".
        new(DetailKind.Age, Make($@"{L}(?<a>{AgeNumber}\s*(?:-?e|-?te|-?y)?\s+(?:hoye\s+gelam|hoye\s+gelo|hoye\s+geli|hoye\s+gesi|hoye\s+gechi|hoye\s+gecho|hoilam|holam|hlm|hoyechi|pa\s+dilam|pa\s+dilm|pa\s+dilam)){R}")),
        new(DetailKind.Age, Make($@"{L}(?<a>{AgeNumber}\s*(?:-?এ|-?তে|-?য়)?\s*(?:হয়ে\s+গেলাম|হলাম|হয়ে\s+গেল|হয়েছি|পা\s+দিলাম|পূর্ণ\s+হলো|পূর্ণ\s+করলাম))")),
        new(DetailKind.Age, Make($@"{L}(?<a>sweet\s+(?:16|sixteen)){R}")),
        new(DetailKind.Age, Make($@"{L}(?<a>(?:turned|turning|turn|i'm|i’m|im|i\s+am|officially|finally)\s+(?:{AgeWords})){R}")),
        new(DetailKind.Age, Make($@"{L}(?<a>{AgeNumber})\s+(?:today|now)\s*[!🎉🎂]")),
        new(DetailKind.Age, Make($@"{L}(?<a>(?:finally|officially|just\s+turned)\s+{AgeNumber}){R}")),
        new(DetailKind.Age, Make($@"{L}(?<a>{AgeNumber}\s+(?:cholche|cholteche|চলছে))")),
        new(DetailKind.Age, Make($@"{L}(?<a>(?:{BanglaAges})\s*(?:বছর|বছরের|বছরে)){NotDuration}")),
        new(DetailKind.Age, Make($@"{L}(?<a>বয়স\s*(?:এখন\s*|মাত্র\s*|হলো\s*|:\s*)?(?:{BanglaAges}))")),

        // A rural address: "গ্রাম: চরপাড়া, ডাকঘর: কালিগঞ্জ", "village Shyamnagar"; a flat number with its area: "7/2 Sobhanbag".
        // "পোস্ট" alone is a social-media post ("পোস্ট করার আগে"), only "পোস্ট অফিস" a post office; in Latin letters the village
        // is a capitalised name ("gram Kalinagar"), not "the village girl" or "gram theke".
        new(DetailKind.Address, Make($@"{L}(?:গ্রাম|ডাকঘর|ইউনিয়ন|উপজেলা|থানা|পোস্ট\s*অফিস)\s*[:\-]?\s+{Place(2, lazy: false)}"), SpanFrom.Place),
        new(DetailKind.Address, Make($@"{L}(?:gram|village|union|upazila|thana|dakghor)\s*[:\-]?\s+(?=(?-i:[A-Z])){Place(2, lazy: false)}"), SpanFrom.Place),
        new(DetailKind.Address, Make($@"{L}\d{{1,4}}/\d{{1,3}}[a-zA-Z]?\s+[A-Z][\p{{L}}]{{0,39}}", caseSensitive: true)),

        .. AreaAndDistrict,

        // Where someone always is: "every Thursday ... at Dhaka Art Center", "প্রতি শুক্রবার ... কোচিংয়ে যাই".
        new(DetailKind.Location, Make($@"{L}(?:(?:every|proti|protidin|প্রতি)\s+(?:{Days})|প্রতিদিন|রোজ|everyday|daily)[^.!?\n]{{0,60}}?(?:\s(?:at|around|in)\s+[A-Z]|\s(?:e|te)\s|[এতে](?<!বিকেলে|সকালে|দুপুরে|রাতে)\s|কোচিং|coaching|pool|park|club|stadium|ক্লাস)")),

        // Where someone is right now.
        // The place runs from "at" to "now" with no verb inside: "the new KFC at Mirpur 10 is open now" places no one.
        new(DetailKind.Location, Make($@"{L}(?:at|in|inside|outside|near|in\s+front\s+of)\s+(?:the\s+)?(?<p>{W}(?:,?[ \t]+(?!(?:is|are|was|were|will|has|have|had)\s){W}){{0,4}}?)\s*,?\s+{Now}{R}"), SpanFrom.PlaceBefore),
        new(DetailKind.Location, Make($@"{L}(?:waiting|standing|sitting|stuck|hanging\s+out|chilling|here|shopping|wandering|queueing)\s+(?:at|outside|inside|near|in\s+front\s+of|by|in|at\s+the\s+gate\s+of)\s+(?:the\s+)?{Place(5, lazy: false)}"), SpanFrom.Place),
        new(DetailKind.Location, Make($@"{L}(?:outside|at|near|in\s+front\s+of)\s+(?:the\s+)?{Place(5, lazy: true)}\s+(?:gate|entrance|main\s+gate){R}"), SpanFrom.PlaceBefore),
        new(DetailKind.Location, Make($@"{L}{Place(4, lazy: true)}\s+(?:দাঁড়িয়ে|বসে|অপেক্ষা\s+করছি|ঘুরছি|ঘুরতেছি)\s*(?:আছি|আছে|আছো|আছিস)?{R}"), SpanFrom.PlaceBefore),
        new(DetailKind.Location, Make($@"{L}{Place(4, lazy: true)}\s*(?:-?e|-?te)?\s+(?:daraye|dariye|darai|boshe|bose|wait\s+kortesi|wait\s+korchi|wait\s+kortechi|ghurtesi|ghurchi)\s*(?:achi|asi|aci|achhi|ase|ache)?{R}"), SpanFrom.PlaceBefore),
        new(DetailKind.Location, Make($@"{L}(?:ekhon|akhon|ekhn|akhn|now|rn)\s+{Place(4, lazy: true)}\s*(?:-?e|-?te)?\s+(?:achi|asi|aci|achhi){R}"), SpanFrom.PlaceBefore),
        new(DetailKind.Location, Make($@"{L}(?:ekhon|akhon|ekhn|akhn|এখন)\s+(?<p>{WordStart}[A-Z][\p{{L}}'’\-]{{0,39}}(?:\s+{WordStart}[A-Za-z][\p{{L}}'’\-]{{0,39}}){{0,4}})", caseSensitive: true), SpanFrom.Place),
        new(DetailKind.Location, Make($@"{L}{Place(4, lazy: true)}\s*(?:-?e|-?te)?\s+(?:achi|asi|aci|achhi)\s+(?:ekhon|akhon|ekhn|rn|now){R}"), SpanFrom.PlaceBefore),
        new(DetailKind.Location, Make($@"{L}{Place(3, lazy: true)}\s*(?:-?e|-?te)?\s+(?:thakbo|thakmu|thakbo|থাকবো|থাকব|থাকমু){R}"), SpanFrom.PlaceBefore),
        new(DetailKind.Location, Make($@"{L}(?:staying|stay|staying\s+tonight)\s+(?:at|in)\s+(?:the\s+)?{Place(4, lazy: false)}"), SpanFrom.Place),

        // A school named by one word: "student of Viqarunnisa", "Holy Cross e pori", "আমি ভিকারুননিসায় পড়ি".
        new(DetailKind.School, Make($@"{L}(?:study|studies|studying|student|students|attend|attending)\s+(?:at|in|of)\s+(?<p>{WordStart}[A-Z][\p{{L}}'’\-]{{0,39}}(?:\s+{WordStart}[A-Z][\p{{L}}'’\-]{{0,39}}){{0,3}})", caseSensitive: true), SpanFrom.Place),
        new(DetailKind.School, Make($@"{L}(?<p>{WordStart}[A-Z][\p{{L}}'’\-]{{0,39}}(?:\s+{WordStart}[A-Z][\p{{L}}'’\-]{{0,39}}){{0,2}})\s*(?:-?e|-?te|er|-er)\s+(?:pori|porhi|porchi|student|chatro|chatri|chhatro|chhatri){R}", caseSensitive: true), SpanFrom.PlaceBefore),
        new(DetailKind.School, Make($@"{L}আমি\s+{Place(3, lazy: false)}\s+(?:পড়ি|পড়ছি){R}"), SpanFrom.PlaceBefore),
        new(DetailKind.School, Make($@"{L}(?:grade|class|std)\s+\d{{1,2}}\s+(?:at|in|of)\s+(?<p>{WordStart}[A-Z][\p{{L}}'’\-.]{{0,39}}(?:\s+{WordStart}[A-Z][\p{{L}}'’\-.]{{0,39}}){{0,3}})", caseSensitive: false), SpanFrom.Place),
        new(DetailKind.School, Make($@"{L}(?:joined|admitted\s+(?:to|at|in)|admission\s+(?:to|at|in)|transferred\s+to|tiffin\s+time\s+at)\s+(?<p>{WordStart}[A-Z][\p{{L}}'’\-.]{{0,39}}(?:\s+{WordStart}[A-Z][\p{{L}}'’\-.]{{0,39}}){{0,3}})", caseSensitive: true), SpanFrom.Place),
        new(DetailKind.School, Make($@"{L}(?<p>{WordStart}[A-Z][\p{{L}}'’\-.]{{0,39}}(?:\s+{WordStart}[A-Z][\p{{L}}'’\-.]{{0,39}}){{0,2}})\s*(?:-?e|-?te)\s+(?:admission|vorti|bhorti|porte|pori){R}", caseSensitive: true), SpanFrom.PlaceBefore),
    ];

    /// <summary>Adds what the rules find in <paramref name="text"/> (Bengali digits already ASCII).</summary>
    public static void Find(string text, List<Candidate> found) => Apply(All, text, found);

    private static readonly FrozenDictionary<DetailKind, Rule[]> ByKind =
        All.GroupBy(r => r.Kind).ToFrozenDictionary(g => g.Key, g => g.ToArray());

    /// <summary>Adds what the rules of one <paramref name="kind"/> find in <paramref name="text"/> (Bengali digits already ASCII).</summary>
    public static void Find(string text, List<Candidate> found, DetailKind kind) => Apply(ByKind.GetValueOrDefault(kind, []), text, found);

    private static readonly Rule[] AddressRules = All.Where(r => r.Kind == DetailKind.Address && !AreaAndDistrict.Contains(r)).ToArray();
    private static readonly Needs AddressNeeds = Needs.OneOf("গ্রাম|ডাকঘর|ইউনিয়ন|উপজেলা|থানা|অফিস|gram|village|union|upazila|thana|dakghor");

    /// <summary>Only the addresses ("gram Kalinagar, Shyamnagar", "12/3 Lalbagh"): what the moderation filter masks of these rules.</summary>
    public static void FindAddresses(string text, List<Candidate> found)
    {
        if (AddressNeeds.MayMatch(text) || (text.Contains('/') && Needs.Digit(text)))
        {
            Apply(AddressRules, text, found);
        }
    }

    // "won 3-1 at the field": the landmark is "the field", not named by the words before it.
    private static bool EndsInSmallWord(Group place) =>
        place.Success && Words.Split(place.Value) is { Count: > 0 } words && Words.Stop.Contains(words[^1].Folded);

    /// <summary>Adds what <paramref name="rules"/> find: group "a" (an age) alone, the place words of "p", group "m" or the whole match.</summary>
    public static void Apply(IReadOnlyList<Rule> rules, string text, List<Candidate> found)
    {
        foreach (var rule in rules)
        {
            foreach (Match match in rule.Pattern.Matches(text))
            {
                var age = match.Groups["a"];
                var span = rule.Span switch
                {
                    _ when age.Success => (age.Index, age.Index + age.Length),
                    SpanFrom.Match when match.Groups["m"] is { Success: true } marked => (marked.Index, marked.Index + marked.Length),
                    SpanFrom.Place => Rules.PlaceWords(text, match.Groups["p"], fromEnd: false),
                    SpanFrom.PlaceBefore => Rules.PlaceWords(text, match.Groups["p"], fromEnd: true),
                    // The place words counted from the landmark back, so "in front of Rifles Square" is judged (and marked) by "Rifles Square".
                    SpanFrom.NamedPlace => EndsInSmallWord(match.Groups["p"]) || Rules.PlaceWords(text, match.Groups["p"], fromEnd: true) is not var (placeStart, _) ? null
                        : match.Groups["m"] is { Success: true } m ? (Math.Max(m.Index, placeStart), m.Index + m.Length) : (match.Index, match.Index + match.Length),
                    _ => (match.Index, match.Index + match.Length),
                };
                if (span is var (start, end))
                {
                    found.Add(new Candidate(rule.Kind, start, end));
                }
            }
        }
    }
}
