using static Sajag.Safety.Posts.Patterns;

namespace Sajag.Safety.Posts;

/// <summary>
/// Where someone is, or will be, composed from three parts rather than listed phrase by phrase: a named place (capitalised
/// words, or any words before a landmark such as a gate, a lake, a mall, a মোড়), a word that places the writer there (I'm
/// at, waiting near, এখন, ekhon, বসে আছি, e achi, thakbo), and, for the weaker ones, a word that makes it now or an invitation
/// ("right now", "keu ashbi?", "চলে আয়", "come say hi").
/// </summary>
/// <remarks>
/// Decided for a young person: "at home right now", "at school", "in Dhaka" are not marked (nobody can find you from them);
/// a named mall, park, gate, coaching centre or corner is, even without "now", when the writer says they are there.
/// </remarks>
internal static class LivePlaces
{
    /// <summary>What makes a place findable: a landmark at it.</summary>
    private const string Landmark =
        @"mall|food\s+court|park|lake|gate|main\s+gate|bus\s+stop|bus\s+stand|bus\s+counter|circle|roundabout|mor|more|chottor|square|station|"
        + @"stadium|pool|field|market|plaza|tower|bridge|beach|cineplex|ghat|terminal|restaurant|cafe|café|coaching|tuition|library|zoo|"
        + @"museum|fair|mela|shopping\s+complex|complex|city|center|centre|point|crossing|signal|metro|launch\s+ghat|"
        + @"মোড়|গেট|লেক|পার্ক|মার্কেট|মল|স্টেশন|বাসস্ট্যান্ড|বাস\s+স্ট্যান্ড|কাউন্টার|চত্বর|বটমূল|ব্রিজ|সেতু|সৈকত|বিচ|ঘাট|মাঠ|সিনেপ্লেক্স|"
        + @"ফুড\s*কোর্ট|রেস্টুরেন্ট|ক্যাফে|স্টেডিয়াম|কোচিং|লাইব্রেরি|চিড়িয়াখানা|জাদুঘর|মেলা|সিটি|সেন্টার|পয়েন্ট|সিগন্যাল|টাওয়ার|প্লাজা";

    /// <summary>A Bengali or Banglish locative after a place (its Bengali case ending is matched just before): লেকের পাশে, "mall e", "gate-e".</summary>
    private const string Locative = @"(?:\s*-?(?:e|te|er\s+(?:samne|pashe|vitore|bhitore|kache|baire))|\s+(?:এর\s+)?(?:সামনে|পাশে|ভেতরে|ভিতরে|কাছে|বাইরে))?";

    /// <summary>A capitalised place name of up to five words: "Jamuna Future Park", "Banani 11 Pizza Hut".</summary>
    private static readonly string Named = $@"(?<p>{WordStart}(?-i:[A-Z])[\p{{L}}'’\-]{{0,39}}(?:\s+{WordStart}(?:(?-i:[A-Z])[\p{{L}}'’\-]{{0,39}}|\d{{1,3}})){{0,4}})";

    private const string Here = @"(?:meet(?:ing)?\s+(?:me|us|friends|my\s+friends|the\s+(?:gang|squad|boys|girls))|come|i'm|i’m|im|i\s+am|we're|we’re|we\s+are|currently|rn|now|just|still|chilling|waiting|standing|sitting|stuck|hanging\s+out|here|live|living|staying)";
    private const string Near = @"(?:at|in|near|outside|inside|in\s+front\s+of|opposite|beside|by|behind|next\s+to)";
    private const string BnPresent = @"(?:আছি|আছে|আছো|আছিস|দাঁড়িয়ে|বসে|অপেক্ষা\s+করছি|ঘুরছি|ঘুরতেছি|থাকবো|থাকব|থাকমু|আসো|আয়|চলে\s+আয়|চলে\s+আসো|দেখা\s+হবে|যাচ্ছি)";
    private const string BanglishPresent = @"(?:achi|asi|aci|achhi|ache|ase|achis|dariye|daraye|darai|boshe|bose|wait\s+kortesi|wait\s+korchi|ghurtesi|ghurchi|thakbo|thakmu|ashbi|asbi|ashba|ay|aay|chole\s+ay|chole\s+aso|dekha\s+hobe|jacchi|jaitesi|jaitesi)";
    private const string BnNow = @"(?:আছি|আছে|আছিস|আছো|যাচ্ছি|যাই|যাবো|যাব|থাকবো|থাকব|উঠছি|দাঁড়িয়ে|বসে|ঘুরছি|ঘুরতেছি|হাঁটি|হাঁটছি|আড্ডা\s+দিই|আড্ডা\s+দিচ্ছি|খেলি|খেলছি|অপেক্ষা\s+করছি)";
    /// <summary>A verb of the first person present, Bengali: আছি, অপেক্ষা করতেছি, খাচ্ছি, বসে আছি.</summary>
    private const string BnFirstPresent = @"(?:আছি|[\u0980-\u09FF]{1,8}(?:তেছি|তাছি|চ্ছি))";

    /// <summary>A verb of the first person present, Banglish: achi, wait kortesi, khacchi.</summary>
    private const string BanglishFirstPresent = @"(?:achi|asi|aci|achhi|[a-z]{2,8}(?:tesi|techi|tasi|tachi|cchi|chhi))";

    private const string BanglishNow = @"(?:achi|asi|aci|achhi|jacchi|jaitesi|jai|jabo|thakbo|uthchi|uthtesi|dariye|boshe|ghurtesi|ghurchi|ghurte\s+aslam|aslam|hati|hatchi|adda\s+dei|adda\s+ditesi|khelchi|kheli|wait\s+kortesi)";

    /// <summary>City areas and landmarks a young person in Bangladesh names (general knowledge, not taken from labelled drafts).</summary>
    private const string KnownPlaces =
        @"shahbag|farmgate|new\s*market|sadarghat|kamalapur|motijheel|paltan|gabtoli|mohakhali|karwan\s*bazar|kawran\s*bazar|hatirjheel|bailey\s+road|"
        + @"elephant\s+road|nilkhet|lalbagh(?:\s+kella|\s+fort)?|puran\s+dhaka|old\s+dhaka|wari|banasree|bashabo|khilkhet|nikunja|kuril|badda|merul|"
        + @"kakrail|shantinagar|eskaton|panthapath|kalabagan|science\s+lab|jigatola|agargaon|kallyanpur|ashulia|mirpur|uttara|banani|gulshan|dhanmondi|"
        + @"bashundhara|rampura|khilgaon|mohammadpur|shyamoli|lalmatia|baridhara|tejgaon|jatrabari|malibagh|moghbazar|azimpur|pallabi|savar|tongi|"
        + @"agrabad|nasirabad|khulshi|patenga|halishahar|gec\s+mor|zindabazar|amberkhana|sugandha|laboni|kolatoli|inani|himchari|chandrima\s+uddan|"
        + @"ramna|suhrawardy\s+udyan|tsc|curzon\s+hall|"
        + "শাহবাগ|ফার্মগেট|নিউ\\s*মার্কেট|নিউমার্কেট|সদরঘাট|কমলাপুর|মতিঝিল|পল্টন|গাবতলী|মহাখালী|কারওয়ান\\s*বাজার|হাতিরঝিল|বেইলি\\s+রোড|এলিফ্যান্ট\\s+রোড|"
        + "নীলক্ষেত|লালবাগ(?:\\s+কেল্লা)?|পুরান\\s+ঢাকা|বনশ্রী|বাসাবো|খিলক্ষেত|নিকুঞ্জ|কুড়িল|বাড্ডা|কাকরাইল|শান্তিনগর|পান্থপথ|কলাবাগান|সায়েন্স\\s+ল্যাব|"
        + "আগারগাঁও|কল্যাণপুর|মিরপুর|উত্তরা|বনানী|গুলশান|ধানমন্ডি|বসুন্ধরা|রামপুরা|খিলগাঁও|মোহাম্মদপুর|শ্যামলী|লালমাটিয়া|বারিধারা|যাত্রাবাড়ী|মালিবাগ|"
        + "মগবাজার|আজিমপুর|আগ্রাবাদ|নাসিরাবাদ|খুলশী|পতেঙ্গা|জিন্দাবাজার|সুগন্ধা|লাবনী|কলাতলী|ইনানী|হিমছড়ি|চন্দ্রিমা\\s+উদ্যান|রমনা|টিএসসি|কার্জন\\s+হল";

    private const string Invite = @"(?:right\s+now|rn|now|today|tonight|come\s+say\s+hi|come\s+join|come\s+(?:quick|fast|over|here)|join\s+us|keu\s+ashbi|keu\s+asbi|কেউ\s+আসবি|কেউ\s+আসো|চলে\s+আসো|চলে\s+আয়|anyone\s+(?:nearby|around|here)|who's\s+(?:here|around|coming)|meet\s+me|see\s+you)";

    public static readonly IReadOnlyList<Rule> All =
    [
        // "I'm at the Banani 11 Pizza Hut", "waiting near Jamuna Future Park": the writer placed at a named place.
        new(DetailKind.Location, Make($@"{L}{Here}\s+{Near}\s+(?:the\s+)?{Named}", caseSensitive: false), SpanFrom.Place),

        // "near Mirpur 10 roundabout", "at the Dhanmondi 27 bus stop", "outside Rifles Square": any place words before a landmark.
        new(DetailKind.Location, Make($@"{L}{Here}\s+{Near}\s+(?:the\s+)?(?<m>{Phrase(4)}\s+(?:{Landmark})){R}"), SpanFrom.NamedPlace),

        // "রমনা পার্কে বসে আছি", "ধানমন্ডি লেকের পাশে দাঁড়িয়ে", "বসুন্ধরা সিটির সামনে চলে আয়".
        new(DetailKind.Location, Make($@"{L}(?<m>{Place(3, lazy: true)}\s+(?:{Landmark}))[\u0980-\u09FF]{{0,3}}{Locative}\s+{BnPresent}{R}"), SpanFrom.NamedPlace),

        // "rabindra sarobar e thakbo", "jamuna future park er food court e achi", "farmgate coaching e ashbi?".
        new(DetailKind.Location, Make($@"{L}(?<m>{Place(4, lazy: true)}\s+(?:{Landmark})){Locative}\s+{BanglishPresent}{R}"), SpanFrom.NamedPlace),

        // "Ramna Park right now", "Dhanmondi Lake, come say hi": a named place with a landmark and a now or an invitation.
        new(DetailKind.Location, Make($@"{L}(?<m>{Place(4, lazy: true)}\s+(?:{Landmark}))[\u0980-\u09FF]{{0,3}}{Locative}\s*[,!.]?\s+{Invite}{R}"), SpanFrom.NamedPlace),

        // "having lunch at Sultan's Dine Gulshan", "Spending the day at Fantasy Kingdom", "Just landed at Shahjalal Airport": what the
        // writer is doing, at a named place (not "in", which also takes months and languages).
        new(DetailKind.Location, Make($@"{L}(?:[a-z]{{2,}}ing(?:\s+(?:the|a|my|our|some))?(?:\s+[a-z]{{2,}}){{0,2}}|landed|arrived|reached|got\s+here)\s+(?:at|near|outside|inside|in\s+front\s+of|opposite)\s+(?:the\s+)?{Named}", caseSensitive: false), SpanFrom.Place),

        // "live from the Shaheed Minar rn", "Live from Ramna Batamul!": a writer telling the room where they are as it happens.
        new(DetailKind.Location, Make($@"{L}live\s+(?:from|at)\s+(?:the\s+)?{Named}", caseSensitive: false), SpanFrom.Place),

        // "শাহবাগে আছি", "সদরঘাটে লঞ্চে উঠছি", "Lalbagh Kella te jabo": a known area or landmark of a city with a verb that places the
        // writer there now or soon.
        new(DetailKind.Location, Make($@"{L}(?<m>(?:{KnownPlaces})(?:\s+(?!থেকে|theke|হয়ে|hoye){W}){{0,2}}?)(?:ে|এ|-এ|তে|য়|র|ের)?(?:\s+(?!থেকে)[\u0980-\u09FF]{{1,12}})?\s+{BnNow}{R}"), SpanFrom.Match),
        new(DetailKind.Location, Make($@"{L}(?<m>(?:{KnownPlaces})(?:\s+(?!থেকে|theke|হয়ে|hoye){W}){{0,2}}?)\s*-?(?:e|te|er\s+(?:samne|pashe|kache))\s+(?:[a-z]{{2,10}}\s+)?{BanglishNow}{R}"), SpanFrom.Match),

        // "এখন কমলাপুর স্টেশনে ট্রেনের জন্য অপেক্ষা করতেছি", "Farmgate e bus er jonno wait kortesi": a known area, a few words of
        // what for, and a verb in the first person present (the writer is there while writing), not "আছে" (someone, something is).
        new(DetailKind.Location, Make($@"{L}(?<m>(?:{KnownPlaces}))(?:ে|এ|-এ|তে|য়|র|ের)?(?:\s+(?!থেকে|হয়ে)[\u0980-\u09FF]{{1,12}}){{1,4}}?\s+{BnFirstPresent}{R}"), SpanFrom.Match),
        new(DetailKind.Location, Make($@"{L}(?<m>(?:{KnownPlaces})(?:\s+(?:{Landmark}))?)\s*-?(?:e|te)\s+(?:(?!theke|hoye)[a-z]{{2,10}}\s+){{1,4}}?{BanglishFirstPresent}{R}"), SpanFrom.Match),

        // "at Hatirjheel watching the sunset rn", "in Agora Gulshan, shopping with ammu now": a named place, and now later in the same clause.
        // Not a place that is told of ("the new KFC at Banani is open now"): no verb of the place right after it.
        new(DetailKind.Location, Make($@"{L}(?:at|in|near|outside|inside|in\s+front\s+of|opposite)\s+(?:the\s+)?{Named}(?![\p{{L}}\p{{M}}\p{{Nd}}'’\-])(?!\s+(?:is|are|was|were|has|have|opens?|opened|closes?|closed|will)\s)(?=[^.!?\n]{{0,40}}?{L}(?:rn|right\s+now|now|atm)(?![\p{{L}}\p{{M}}]))", caseSensitive: false), SpanFrom.Place),

        // "এখন বসুন্ধরা সিটিতে, কেউ আসবি?", "ekhon Rifles Square e": now, then a place with a landmark, ending the clause.
        new(DetailKind.Location, Make($@"{L}(?:এখন|ekhon|akhon|ekhn|akhn)\s+(?<m>{Place(3, lazy: true)}\s+(?:{Landmark}))[\u0980-\u09FF]{{0,3}}{Locative}(?=\s*(?:[,!.?]|$))"), SpanFrom.NamedPlace),
    ];

    // Up to `most` place words in one phrase (no comma between), as "p".
    private static string Phrase(int most) => $@"(?<p>{W}(?:[ \t]+{W}){{0,{most - 1}}}?)";

    public static void Find(string text, List<Candidate> found) => PresenceRules.Apply(All, text, found);
}
