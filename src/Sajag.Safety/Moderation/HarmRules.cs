using System.Collections.Frozen;
using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using Sajag.Safety.Lexicons;

namespace Sajag.Safety.Moderation;

/// <summary>
/// Harm composed from roles (<c>Moderation/Roles/roles.txt</c>) rather than listed phrase by phrase: an insult word aimed at
/// someone ("you are so stuuupid", "তুই একটা বোকা", "oi gadha"), violence a writer says they will do to someone ("I'll beat
/// you after school", "tore school er pore pitamu", "তোর মুখ ভেঙে দিবো", "kill him"), a demand made a threat by a condition
/// or an exposure ("send me your pics or I will tell everyone your secret"), a sexual demand or touch aimed at someone, and
/// self-starred swearing ("f***ing"). It also decides when a programme word (nude, sex, rape, porn) is the topic of a
/// safety answer and stays readable.
/// </summary>
internal static class HarmRules
{
    private const int Before = 4;

    private static readonly FrozenDictionary<string, FrozenSet<string>> Roles = Load();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SwearStems =
        new HashSet<string>(Roles.GetValueOrDefault("swear-stem") ?? [], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    // The first words of the condition pairs ("na:dile"): a pair key is made only after one (keys never hold a colon).
    private static readonly FrozenSet<string> PairFirsts = (Roles.GetValueOrDefault("condition-pair") ?? [])
        .Select(pair => pair.Split(':')[0]).ToFrozenSet(StringComparer.Ordinal);
    private static readonly string[] LeerEmoji = ["😏", "😘", "😍", "🤤", "🥵", "🤭", "😉", "😜", "🍑"];
    private static readonly string[] MenaceEmoji = ["🙂", "😈", "💀"];
    private static readonly string[] WeaponEmoji = ["🔪", "🗡", "🔫", "🩸"];
    private static readonly bool EmojiAstral = LeerEmoji.Concat(WeaponEmoji).All(e => e.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0);
    private static readonly SearchValues<char> ClauseEnds = SearchValues.Create(".?;।\n!");
    private static readonly SearchValues<char> QuoteMarks = SearchValues.Create("\"“”‘’'«»");

    // Every role of a word is found once, when the answer is split into tokens: a rule asks a bit of the token's mask
    // instead of looking the role up by name and the word in its set (a thousand lookups an answer).
    private readonly record struct Token(string Key, int Clause, int Start, int End, UInt128 Roles, bool Starred)
    {
        public bool Is(UInt128 role) => (Roles & role) != 0;
    }

    /// <summary>The bit of each role the rules ask about, and of two word classes made from them (future verbs).</summary>
    private static class Role
    {
        public static readonly UInt128 TargetYou = Of("target-you");
        public static readonly UInt128 TargetOther = Of("target-other");
        public static readonly UInt128 Insult = Of("insult");
        public static readonly UInt128 Vocative = Of("vocative");
        public static readonly UInt128 Negation = Of("negation");
        public static readonly UInt128 Report = Of("report");
        public static readonly UInt128 Violence = Of("violence");
        public static readonly UInt128 ViolenceStem = Of("violence-stem");
        public static readonly UInt128 Future = Of("future");
        public static readonly UInt128 Intent = Of("intent");
        public static readonly UInt128 Expose = Of("expose");
        public static readonly UInt128 Exposed = Of("exposed");
        public static readonly UInt128 Condition = Of("condition");
        public static readonly UInt128 Demand = Of("demand");
        public static readonly UInt128 DemandObject = Of("demand-object");
        public static readonly UInt128 Programme = Of("programme");
        public static readonly UInt128 Topic = Of("topic");
        public static readonly UInt128 SexualObject = Of("sexual-object");
        public static readonly UInt128 Touch = Of("touch");
        public static readonly UInt128 SlurContextNot = Of("slur-context-not");
        public static readonly UInt128 Someone = Of("someone");
        public static readonly UInt128 If = Of("if");
        public static readonly UInt128 AimedAfter = Of("aimed-after");
        public static readonly UInt128 Copula = Of("copula");
        public static readonly UInt128 HarmObject = Of("harm-object");
        public static readonly UInt128 Weapon = Of("weapon");
        public static readonly UInt128 ExposureFuture = Of("exposure-future");
        public static readonly UInt128 ExposedMedia = Of("exposed-media");
        public static readonly UInt128 Body = Of("body");
        public static readonly UInt128 Leer = Of("leer");
        public static readonly UInt128 NightAlone = Of("night-alone");
        public static readonly UInt128 NightAct = Of("night-act");
        public static readonly UInt128 Group = Of("group");
        public static readonly UInt128 Derogatory = Of("derogatory");
        public static readonly UInt128 KinPossessor = Of("kin-possessor");
        public static readonly UInt128 KinTerm = Of("kin-term");
        public static readonly UInt128 Menace = Of("menace");
        public static readonly UInt128 TellIf = Of("tell-if");
        public static readonly UInt128 Nobody = Of("nobody");
        public static readonly UInt128 Rejects = Of("rejects");
        public static readonly UInt128 Asks = Of("asks");
        public static readonly UInt128 See = Of("see");
        public static readonly UInt128 Want = Of("want");
        public static readonly UInt128 ViolenceFutureWord = Of("violence-future");
        public static readonly UInt128 ViolenceRoot = Of("violence-root");
        public static readonly UInt128 Article = Of("article");
        public static readonly UInt128 Intensifier = Of("intensifier");
        public static readonly UInt128 FirstPerson = Of("first-person");
        public static readonly UInt128 Disgust = Of("disgust");
        public static readonly UInt128 Looks = Of("looks");
        public static readonly UInt128 Addressed = Of("addressed");
        public static readonly UInt128 ReportPast = Of("report-past");
        public static readonly UInt128 Statement = Of("statement");
        public static readonly UInt128 LeerAimed = Of("leer-aimed");
        public static readonly UInt128 Weather = Of("weather");
        public static readonly UInt128 Game = Of("game");
        public static readonly UInt128 TargetPossessive = Of("target-possessive");
        public static readonly UInt128 Gentle = Of("gentle");
        public static readonly UInt128 Likened = Of("likened");
        public static readonly UInt128 Mind = Of("mind");
        public static readonly UInt128 Affection = Of("affection");
        public static readonly UInt128 Mild = Of("mild");
        public static readonly UInt128 Nothing = Of("nothing");
        public static readonly UInt128 None = Of("none");
        public static readonly UInt128 Empty = Of("empty");
        public static readonly UInt128 Smell = Of("smell");
        public static readonly UInt128 SmellAfter = Of("smell-after");
        public static readonly UInt128 Suffer = Of("suffer");
        public static readonly UInt128 Gender = Of("gender");
        public static readonly UInt128 GenderTrope = Of("gender-trope");
        public static readonly UInt128 Prescribe = Of("prescribe");
        public static readonly UInt128 Coming = Of("coming");
        public static readonly UInt128 Foul = Of("foul");
        public static readonly UInt128 SlurName = Of("slur-name");

        /// <summary>A first-person future verb (<see cref="HarmRules.Future(string, UInt128, bool)"/>).</summary>
        public static readonly UInt128 FutureVerb = UInt128.One << 126;

        /// <summary>A violence verb in the first-person future (<see cref="HarmRules.ViolenceFuture(string, UInt128)"/>).</summary>
        public static readonly UInt128 ViolenceFutureVerb = UInt128.One << 127;

        /// <summary>The bit of a role; none (never set) for a role the file does not have.</summary>
        public static UInt128 Of(string role) => Bits.TryGetValue(role, out var bit) ? bit : UInt128.Zero;
    }

    /// <summary>Adds what the roles compose to <paramref name="found"/> and drops programme words used as a topic from it.</summary>
    public static void Apply(Skeleton skeleton, string text, List<(ModerationReason Reason, int Start, int End)> found)
    {
        var tokens = Tokens(skeleton, text);
        if (tokens.Count == 0)
        {
            return;
        }

        // Every role some word has: a rule over the whole answer that needs a role no word has is not run.
        var present = UInt128.Zero;
        foreach (var t in CollectionsMarshal.AsSpan(tokens))
        {
            present |= t.Roles;
        }

        var topical = (present & Role.Topic) != 0;
        // Advice about what someone else might do ("if someone threatens you", "কেউ যদি বলে"), unless the writer says what they
        // will do themselves ("if you tell anyone, I'll kill you").
        var hypothetical = (present & Role.Someone) != 0 && AdviceFrame(tokens) && !tokens.Exists(FirstPersonAct);
        // Every emoji the rules read is outside the first plane: a text without a surrogate has none.
        var astral = !EmojiAstral || text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;
        var leer = astral && HoldsAny(text, LeerEmoji);
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Roles == UInt128.Zero && !t.Starred)
            {
                // A word with no role (most words): of the rules below only two read the word itself rather than a role.
                if (!hypothetical && Menace(tokens, i))
                {
                    found.Add((ModerationReason.Threat, t.Start, t.End));
                }

                if (Pieces(tokens, i) is { } piecesEnd)
                {
                    found.Add((ModerationReason.Abuse, t.Start, tokens[piecesEnd].End));
                }

                continue;
            }

            if (t.Starred)
            {
                found.Add((ModerationReason.Abuse, t.Start, t.End));
            }

            if (t.Is(Role.Insult) && Insult(tokens, i, text))
            {
                found.Add((ModerationReason.Abuse, t.Start, t.End));
            }

            if (Violence(tokens, i))
            {
                found.Add((ModerationReason.Threat, t.Start, t.End));
            }

            if (Exposure(tokens, i))
            {
                found.Add((ModerationReason.Threat, t.Start, t.End));
            }

            if (SexualDemand(tokens, i) || (!hypothetical && (SexualRemark(tokens, i, leer) || Leering(tokens, i))))
            {
                found.Add((ModerationReason.Sexual, t.Start, t.End));
            }

            if (!hypothetical && (Menace(tokens, i) || Weapon(tokens, i)))
            {
                found.Add((ModerationReason.Threat, t.Start, t.End));
            }

            if (t.Is(Role.Group) && !Near(tokens, i, -6, 3, Role.Report)
                && (InClause(tokens, t.Clause, Role.Derogatory) || (InClause(tokens, t.Clause, Role.Insult) && !Near(tokens, i, -3, 4, Role.Negation))))
            {
                found.Add((ModerationReason.Slur, t.Start, t.End));
            }

            if (!hypothetical && (Likened(tokens, i, text) || Witless(tokens, i) || Smelly(tokens, i, text)))
            {
                found.Add((ModerationReason.Abuse, t.Start, t.End));
            }

            if (!hypothetical && (Suffers(tokens, i) || Mutilation(tokens, i)))
            {
                found.Add((ModerationReason.Threat, t.Start, t.End));
            }

            if (t.Is(Role.SlurName) && !hypothetical && SlurName(tokens, i, text))
            {
                found.Add((ModerationReason.Slur, t.Start, t.End));
            }

            if (t.Is(Role.Gender) && GenderTrope(tokens, i))
            {
                found.Add((ModerationReason.Slur, t.Start, t.End));
            }

            if (Pieces(tokens, i) is { } end)
            {
                found.Add((ModerationReason.Abuse, t.Start, tokens[end].End));
            }
        }

        if (!hypothetical && (present & Role.NightAlone) != 0 && NightAlone(tokens) is { } night)
        {
            found.Add((ModerationReason.Sexual, tokens[night].Start, tokens[night].End));
        }

        if (!hypothetical && astral && HoldsAny(text, WeaponEmoji) && tokens.Find(t => t.Is(Role.TargetYou)) is { Key.Length: > 0 } aimed)
        {
            found.Add((ModerationReason.Threat, aimed.Start, aimed.End));
        }

        // "delete" is itself a safety answer's word, so only another topic word makes the answer advice.
        if (!hypothetical && !tokens.Exists(t => t.Is(Role.Topic) && t.Key is not ("delete" or "delet")) && DeletionTraded(tokens) is { } traded)
        {
            found.Add((ModerationReason.Threat, tokens[traded].Start, tokens[traded].End));
        }

        if (!hypothetical && !topical && (CoverOff(tokens, text) ?? Rated(tokens) ?? WhoIsThe(tokens)) is { } ogled)
        {
            found.Add((ModerationReason.Sexual, tokens[ogled].Start, tokens[ogled].End));
        }

        if (!hypothetical && !topical && LowlyKin(tokens, text) is { } lowly)
        {
            found.Add((ModerationReason.Abuse, tokens[lowly].Start, tokens[lowly].End));
        }

        if (!hypothetical && !topical && (present & Role.TargetYou) != 0 && Whereabouts(tokens, text) is { } known)
        {
            found.Add((ModerationReason.Threat, tokens[known].Start, tokens[known].End));
        }

        if (!hypothetical && (present & Role.Disgust) != 0 && Disgust(tokens) is { } disgust)
        {
            found.Add((ModerationReason.Abuse, tokens[disgust].Start, tokens[disgust].End));
        }

        if (!hypothetical && (present & Role.Nobody) != 0 && Rejected(tokens) is { } rejected)
        {
            found.Add((ModerationReason.Abuse, tokens[rejected].Start, tokens[rejected].End));
        }

        if (!hypothetical && (present & Role.ExposedMedia) != 0 && Possession(tokens))
        {
            var media = tokens.Find(t => t.Is(Role.ExposedMedia));
            found.Add((ModerationReason.Threat, media.Start, media.End));
        }

        // Each answer Coercion gives is a word with one of these roles.
        if (!hypothetical && (present & (Role.ExposureFuture | Role.Expose | Role.FutureVerb | Role.Demand)) != 0 && Coercion(tokens) is { } demand)
        {
            found.Add((ModerationReason.Threat, tokens[demand].Start, tokens[demand].End));
        }

        // A harmful line quoted to name or condemn it ("Threats like \"I will kill you\" should be reported") stays readable.
        var quoted = Quoted(text, tokens);

        // Name-calling between friends, said with fondness and nothing harsher beside it, is teasing.
        // Read only when there is name-calling to excuse (most answers have none).
        var fond = found.Exists(f => f.Reason == ModerationReason.Abuse) && !found.Exists(f => f.Reason is ModerationReason.Threat or ModerationReason.Sexual or ModerationReason.Slur)
            && Fond(tokens, text);

        // Programme words as the topic of a safety answer, a compound hashtag (#FoodPorn) and nodding (মাথা নেড়ে) stay readable.
        found.RemoveAll(f =>
        {
            if (quoted is not null && quoted.Exists(q => q.Start <= f.Start && f.Start < q.End))
            {
                return true;
            }

            var at = tokens.FindIndex(t => t.Start <= f.Start && f.Start < t.End);
            if (at < 0)
            {
                return false;
            }

            var token = tokens[at];

            // "He threatened to beat my friend", "ওকে বলেছিল ছবি না দিলে ভাইরাল করবে": a threat told as what someone said.
            if (f.Reason is ModerationReason.Threat or ModerationReason.Abuse && !token.Starred && ReportedBefore(tokens, at))
            {
                return true;
            }
            if (f.Reason == ModerationReason.Slur && at > 0 && tokens[at - 1].Is(Role.SlurContextNot) && tokens[at - 1].Clause == token.Clause)
            {
                return true;
            }

            // "If someone says they will leak your photos, ...", "কেউ যদি তোমাকে বোকা বলে": advice about a threat or an insult.
            if (f.Reason is ModerationReason.Threat or ModerationReason.Abuse && !token.Starred && Hypothetical(tokens, at))
            {
                return true;
            }

            if (f.Reason == ModerationReason.Abuse && !token.Starred && token.Is(Role.Mild) && (fond || OwnKin(tokens, at)))
            {
                return true;
            }

            // "Dick Grayson": a word followed by a capitalised word with no role is a name.
            if (f.Reason == ModerationReason.Sexual && !token.Starred && token.Is(Role.Programme) && TitleCased(tokens, at, text) && tokens[at + 1].Roles == UInt128.Zero)
            {
                return true;
            }

            // "abbu r shala" is a brother-in-law; "words like slut or whore", "বেশ্যা বা মাগি বলে গালি" name the insult to condemn it.
            if (f.Reason == ModerationReason.Abuse && token.Is(Role.KinTerm) && at > 0 && tokens[at - 1].Is(Role.KinPossessor))
            {
                return true;
            }

            // Keys are squeezed: "call" is "cal", "calling" "caling".
            if (f.Reason != ModerationReason.Threat && topical
                && (tokens.Skip(Math.Max(0, at - 3)).Take(Math.Min(3, at)).Any(x => x.Key is "words" or "word" or "like" or "caled" or "caling" or "cal")
                    || (!token.Starred && tokens.Skip(at + 1).Take(4).Any(x => x.Key is "বলে" or "bole" or "গালি" or "gali"))))
            {
                return true;
            }

            if (f.Reason != ModerationReason.Sexual)
            {
                return false;
            }

            if (token.Start > 0 && text[token.Start - 1] == '#' && !token.Is(Role.Programme))
            {
                return true;
            }

            // "If a stranger asks you to send nudes, block them": a demand someone else makes, told as a warning.
            if (topical && Near(tokens, at, -8, -1, Role.Asks) && Near(tokens, at, -12, -1, Role.Someone))
            {
                return true;
            }

            // "porn shows fake things", "sex education ...", "ধর্ষণ একটি অপরাধ": a programme word that a sentence is about.
            var subject = at + 1 < tokens.Count && tokens[at + 1].Clause == token.Clause && (tokens[at + 1].Is(Role.Statement) || TalkedAbout(tokens, at));
            return (token.Is(Role.Programme) || In("programme", Stem(token.Key))) && (topical || subject) && !Aimed(tokens, at);
        });
    }

    // A letter, then letters hidden by stars: "f***", "f***ing", "sh*t", "b****"; never a lone "*" or "*hug*".
    private static bool Starred(ReadOnlySpan<char> raw)
    {
        var first = raw.IndexOf('*');
        if (first <= 0 || !char.IsLetter(raw[0]))
        {
            return false;
        }

        var stars = raw.Count('*');
        var letters = 0;
        foreach (var c in raw)
        {
            letters += char.IsLetter(c) ? 1 : 0;
        }

        return stars >= 1 && letters >= 1 && raw.Length >= 3 && raw[^1] != '*' ? stars + letters >= 3 : stars >= 2;
    }

    private static bool Insult(List<Token> tokens, int i, string text)
    {
        var clause = tokens[i].Clause;
        if (Near(tokens, i, -Before, -1, Role.Negation) || Near(tokens, i, 1, 2, Role.Negation) || Near(tokens, i, -6, -1, Role.Report) || Near(tokens, i, 1, 2, Role.Report))
        {
            return false;
        }

        // "I'm such an idiot", "what a loser I am": said of oneself.
        if ((Near(tokens, i, -4, -1, Role.FirstPerson) || Near(tokens, i, 1, 2, Role.FirstPerson)) && !Near(tokens, i, -6, 3, Role.TargetYou) && !Near(tokens, i, -6, 3, Role.TargetOther))
        {
            return false;
        }

        if (Near(tokens, i, -Before, -1, Role.TargetYou) || Near(tokens, i, 1, 2, Role.TargetYou) || Near(tokens, i, -3, -1, Role.TargetOther)
            || Near(tokens, i, -2, -1, Role.Vocative) || (Near(tokens, i, 1, 2, Role.AimedAfter) && !OwnYoung(tokens, i)) || Near(tokens, i, -3, -1, Role.Copula))
        {
            return true;
        }

        if (Predicate(tokens, i))
        {
            return true;
        }

        // A name-calling on its own: "idiot!", "loser lol", "গাধা কোথাকার"; not "nobody else does".
        var start = tokens.FindIndex(t => t.Clause == clause);
        var length = tokens.Count(t => t.Clause == clause);
        // Three words only when the third is a laugh or an address ("loser lol"): "pagol kora khela" is a maddening game.
        var shortClause = length <= 2 || (length == 3 && tokens[start + 2].Key is "lol" or "lmao" or "haha" or "re" or "rofl" or "bro" or "vai" or "bhai");
        return i == start && shortClause && !tokens[i].Is(Role.Nobody) && !TitleCased(tokens, i, text);
    }

    /// <summary>
    /// The first name-calling word of <paramref name="text"/> (the insult role: "মোটু", "leech", "hathi", "মিথ্যুক") that no
    /// negation or report frames and that is not said of oneself, aimed or not. The moderation filter does not flag a bare
    /// name-calling (an answer may name a word); the conversation check counts one where the chat shows someone ganged up on.
    /// </summary>
    internal static (int Start, int End)? NameCalling(string text)
    {
        var tokens = Tokens(Skeleton.Build(text), text);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].Is(Role.Insult) || tokens[i].Is(Role.Nobody)
                || Near(tokens, i, -Before, -1, Role.Negation) || Near(tokens, i, 1, 2, Role.Negation)
                || Near(tokens, i, -6, -1, Role.Report) || Near(tokens, i, 1, 2, Role.Report)
                || ((Near(tokens, i, -4, -1, Role.FirstPerson) || Near(tokens, i, 1, 2, Role.FirstPerson)) && !Near(tokens, i, -6, 3, Role.TargetYou) && !Near(tokens, i, -6, 3, Role.TargetOther)))
            {
                continue;
            }

            return (tokens[i].Start, tokens[i].End);
        }

        return null;
    }

    // "আমাদের গরুর বাচ্চা হয়েছে": our cow's calf, not "gadhar baccha" (a donkey's child) said of someone.
    private static bool OwnYoung(List<Token> tokens, int i) =>
        i + 1 < tokens.Count && tokens[i + 1].Key is "bacha" or "bachcha" or "বাচ্চা" && i > 0 && tokens[i - 1].Key is "amader" or "amder" or "আমাদের" or "amar" or "আমার";

    // Name-calling by the shape of the sentence rather than a "you": two insults in a row ("fat clown", "stupid cow"), a Bangla
    // predicate noun after an article at the clause's end with no verb ("রাফি একটা ছাগল", "rafi ekta chagol"; not "আমি একটা
    // গরু কিনেছি", whose noun is an object), a comparison made of someone ("looks like a pig").
    private static bool Predicate(List<Token> tokens, int i)
    {
        var t = tokens[i];
        if (i > 0 && tokens[i - 1].Clause == t.Clause && tokens[i - 1].Is(Role.Insult))
        {
            return true;
        }

        var last = i + 1 == tokens.Count || tokens[i + 1].Clause != t.Clause
            || (i + 2 == tokens.Count || tokens[i + 2].Clause != t.Clause) && tokens[i + 1].Key is "re" or "রে" or "lol" or "naki" or "নাকি";
        var article = Near(tokens, i, -1, -1, Role.Article) || (Near(tokens, i, -2, -2, Role.Article) && Near(tokens, i, -1, -1, Role.Intensifier));
        if (last && article && !tokens.Exists(x => x.Clause == t.Clause && x.Is(Role.FirstPerson)))
        {
            return true;
        }

        return i >= 2 && tokens[i - 1].Key is "a" or "an" && tokens[i - 2].Key is "like" or "lik" && tokens[i - 2].Clause == t.Clause
            && (Near(tokens, i, -6, -1, Role.TargetYou) || Near(tokens, i, -6, -1, Role.TargetOther) || Near(tokens, i, -6, -1, Role.AimedAfter));
    }

    // Disgust at someone's looks: "তোর চেহারা দেখলে বমি আসে", "ur face makes me puke", "মুখে ব্রণ, ছিঃ".
    private static int? Disgust(List<Token> tokens)
    {
        var disgust = tokens.FindIndex(t => t.Is(Role.Disgust));
        if (disgust < 0)
        {
            return null;
        }

        var looks = tokens.FindIndex(t => t.Is(Role.Looks));
        // The looks of the one addressed, of "her", or of someone named ("মীমের মুখে", "tonmoy er pet").
        var whose = looks > 0 ? tokens[looks - 1].Key : "";
        return looks >= 0 && (Near(tokens, looks, -2, -1, Role.TargetYou) || Near(tokens, looks, -2, -1, Role.TargetOther)
            || whose.EndsWith("er", StringComparison.Ordinal) || whose.EndsWith('র'))
            ? disgust : null;
    }

    // "ধর্ষণ নিয়ে কথা বলা", "porn niye kotha", "sexting niye ... alochona": a programme word that is talked or learnt about.
    private static bool TalkedAbout(List<Token> tokens, int at) =>
        at + 1 < tokens.Count && tokens[at + 1].Key is "নিয়ে" or "নিয়া" or "niye" or "niya" or "সম্পর্কে" or "shomporke"
        && tokens.Skip(at + 2).Take(4).Any(x => x.Key is "কথা" or "kota" or "kotha" or "আলোচনা" or "alochona" or "alocona" or "জানা" or "jana" or "শেখা" or "sekha" or "shekha" or "বলতে" or "bolte" or "বলা" or "bola");

    // Fondness in the answer (a word of it not denied, "ভালো লাগে", a heart) or the name-calling owned ("amader gadhi", "amar
    // priyo boka"): "tui ekta pagol, tai to tore eto valobashi", not "tore keu valobashe na".
    private static bool Fond(List<Token> tokens, string text)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];
            var liked = t.Is(Role.Affection) || (t.Key is "লাগে" or "lage" && k > 0 && tokens[k - 1].Key is "ভালো" or "valo" or "bhalo");
            // Not "I love how stupid you are" (scorn, said as fondness).
            if (liked && !Near(tokens, k, -3, 2, Role.Negation) && !Near(tokens, k, -3, -1, Role.Nobody) && !(k + 1 < tokens.Count && tokens[k + 1].Key is "how" or "when"))
            {
                return true;
            }

            if (t.Is(Role.Insult) && k > 0 && tokens[k - 1].Key is "amar" or "amader" or "আমার" or "আমাদের" or "our" or "my")
            {
                return true;
            }
        }

        return text.Contains('❤') || text.Contains("🥰", StringComparison.Ordinal) || text.Contains("💕", StringComparison.Ordinal) || text.Contains("💖", StringComparison.Ordinal);
    }

    // "my little brother is such a monkey", "amar chotto bhai ta eto dushtu, sara din lafay bandor er moto": one's own sibling
    // teased, with no one addressed or pointed at in the answer.
    private static bool OwnKin(List<Token> tokens, int at)
    {
        if (tokens.Exists(x => x.Is(Role.TargetYou) || x.Is(Role.TargetOther)))
        {
            return false;
        }

        for (var k = Math.Max(0, at - 10); k < at - 1; k++)
        {
            if (tokens[k].Clause == tokens[at].Clause && tokens[k].Key is "my" or "amar" or "আমার" or "amr" && tokens.Skip(k + 1).Take(Math.Min(3, at - k - 1)).Any(x => Sibling(x.Key)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Sibling(string key) => key is "brother" or "sister" or "bro" or "sis" or "bhai" or "vai" or "bon" or "bhaiya" or "apu"
        or "ভাই" or "বোন" or "ভাইয়া" or "আপু" or "ভাইটা" or "বোনটা" or "bhaita" or "vaita" or "bonta" or "cousin";

    // "Pagla Dashu", "Crazy Cat": a nickname in title case, not name-calling.
    // Words compared with a token's key are folded and squeezed as the tokens are (য়, ড় and ী typed either way).
    private static FrozenSet<string> Folded(params string[] words) => words.Select(w => Squeeze(Skeleton.Fold(w))).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> More = Folded(
        "aro", "aaro", "আরো", "আরও", "আরেকবার", "আরেকটা", "arekta", "arekbar", "more", "another", "again");
    private static readonly FrozenSet<string> Given = Folded(
        "send", "pathate", "pathao", "pathai", "pathabi", "dile", "দিলে", "পাঠাতে", "পাঠাও", "পাঠা", "পাঠালে", "de", "dao", "দে", "দাও",
        "pic", "pics", "chobi", "ছবি", "video", "ভিডিও", "ভিডিও", "vc", "call", "কলে", "cal");
    private static readonly FrozenSet<string> Camera = Folded(
        "cam", "camera", "ক্যামেরা", "ক্যামেরায়", "vc", "webcam");

    // Deleting what the writer holds, traded for more: "send 3 more and maybe I'll delete it", "aro 2 ta dile ager gula
    // delete kore dibo", "ডিলিট করাতে চাইলে আরেকবার ভিডিও কলে আসতে হবে", "camera on for a minute and I'll delete everything".
    // Not advice about deleting ("ask them to delete the photo": a topic word) or deleting one's own photo.
    private static int? DeletionTraded(List<Token> tokens)
    {
        var delete = tokens.FindIndex(t => t.Key is "delete" or "delet" or "ডিলিট" or "dlt" or "del");
        if (delete < 0)
        {
            return null;
        }

        var more = tokens.Exists(t => More.Contains(t.Key)) && tokens.Exists(t => Given.Contains(t.Key));
        var camera = tokens.Exists(t => Camera.Contains(t.Key));
        return more || camera ? delete : null;
    }

    private static readonly FrozenSet<string> Cover = Folded(
        "orna", "urna", "ওড়না", "dupata", "dupatta", "ডুপাট্টা", "hijab", "হিজাব", "borka", "borkha", "burqa", "বোরকা", "scarf");
    private static readonly FrozenSet<string> Without = Folded("chara", "chhara", "ছাড়া", "without", "khule", "খুলে");
    private static readonly FrozenSet<string> ComeTo = Folded(
        "ashis", "asis", "ashish", "asish", "আসিস", "আসবি", "ashbi", "asbi", "আসো", "asho", "aso", "আসবা", "ashba", "come", "ay", "আয়",
        "porbi", "পরবি", "thakbi", "থাকবি");

    // Asking someone to come without the cloth that covers them: "kal orna chara ashis", "কাল ওড়না ছাড়া আসিস". Told not to
    // ("ওড়না ছাড়া আসিস না, ঠান্ডা লাগবে") it is care, unless it leers.
    private static int? CoverOff(List<Token> tokens, string text)
    {
        for (var k = 0; k + 2 < tokens.Count; k++)
        {
            if (!Cover.Contains(tokens[k].Key) || !Without.Contains(tokens[k + 1].Key))
            {
                continue;
            }

            for (var c = k + 2; c <= k + 4 && c < tokens.Count && tokens[c].Clause == tokens[k].Clause; c++)
            {
                if (ComeTo.Contains(tokens[c].Key))
                {
                    var denied = c + 1 < tokens.Count && tokens[c + 1].Key is "na" or "না";
                    return !denied || HoldsAny(text, LeerEmoji) || tokens.Exists(t => t.Key is "hehe" or "hihi" or "lol" || t.Is(Role.Leer)) ? k : null;
                }
            }
        }

        return null;
    }

    // Rating a body or girls: "rate her body 1-10", "rating the front bench girls", "apu ke rate korlam 9/10".
    private static int? Rated(List<Token> tokens)
    {
        var rate = tokens.FindIndex(t => t.Key is "rate" or "rating" or "rated" or "ratings" or "রেট");
        return rate >= 0 && tokens.Exists(t => (t.Is(Role.Body) && t.Key is not ("hot" or "jama" or "tight" or "খালি" or "জামা" or "টাইট"))
                || t.Key is "girls" or "girl" or "meyeder" or "meye" or "মেয়েদের" or "মেয়ে" or "apu" or "আপু" or "apuke" or "আপুকে")
            ? rate
            : null;
    }

    // "ei maal ta ke?": a person called goods, asked who she is.
    private static int? WhoIsThe(List<Token> tokens)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Key is "mal" or "maal" or "মাল" && Enumerable.Range(k + 1, 2).Any(j => j < tokens.Count && tokens[j].Key is "ke" or "কে" or "who"))
            {
                return k;
            }
        }

        return null;
    }

    private static readonly FrozenSet<string> Trade = Folded(
        "rickshaw", "riksha", "rikshaw", "রিকশা", "রিক্সা", "rickshawala", "rikshawala", "রিকশাওয়ালা", "রিকশাওয়ালার", "রিক্সাওয়ালার",
        "dhopa", "dhopar", "ধোপা", "ধোপার", "sweeper", "sweepers", "jharudar", "ঝাড়ুদার", "bua", "buya", "বুয়া", "kajer", "কাজের",
        "dinmojur", "দিনমজুর", "hawker", "হকার", "manusher", "মানুষের");
    private static readonly FrozenSet<string> Kin = Folded(
        "baba", "ma", "abbu", "ammu", "abba", "amma", "dad", "mom", "father", "mother", "mum", "বাবা", "মা", "আব্বু", "আম্মু", "বাপ", "bap",
        "chele", "pola", "meye", "son", "daughter", "ছেলে", "পোলা", "মেয়ে");
    private static readonly FrozenSet<string> Scorn = Folded(
        "abar", "আবার", "eto", "এত", "bhab", "vab", "ভাব", "go", "thak", "থাক", "na", "না", "lol", "haha", "হাহা", "instead", "uttor", "উত্তর");

    // A family's work looked down on: "ur dad pulls a rickshaw, go help him", "tor ma to manusher barite kaj kore, tui kotha
    // bolis na", "রিকশাওয়ালার ছেলে আবার ক্যাপ্টেন হতে চায়". Not one's own family ("amar baba rickshaw chalay, ami gorbito").
    private static int? LowlyKin(List<Token> tokens, string text)
    {
        var trade = tokens.FindIndex(t => Trade.Contains(t.Key));
        if (trade < 0 || tokens.Exists(t => t.Key is "amar" or "amr" or "my" or "আমার" or "amader" or "আমাদের" or "our"))
        {
            return null;
        }

        var kin = tokens.FindIndex(t => Kin.Contains(t.Key) || Kin.Contains(Stem(t.Key)));
        var aimed = kin >= 0 && (Near(tokens, kin, -2, -1, Role.TargetYou) || Near(tokens, kin, -2, -1, Role.TargetOther)
            || (kin > 0 && (Trade.Contains(tokens[kin - 1].Key) || (kin > 1 && Trade.Contains(tokens[kin - 2].Key)))));
        var scorned = tokens.Exists(t => Scorn.Contains(t.Key)) || HoldsAny(text, Laughs);
        return aimed && scorned ? trade : null;
    }

    private static readonly FrozenSet<string> KnowFirstPerson = Folded(
        "jani", "chini", "জানি", "চিনি", "cini", "janina");
    private static readonly FrozenSet<string> Whereabout = Folded(
        "address", "adress", "house", "live", "lives", "bus", "van", "route", "location", "basa", "basha", "bari", "bashay",
        "বাসা", "বাড়ি", "বাসায়", "ঠিকানা", "thikana", "lokeshon", "office", "কোচিং", "coaching");
    private static readonly FrozenSet<string> Warning = Folded(
        "careful", "ready", "think", "wait", "tonight", "sabdhan", "sabdhane", "shabdhane", "সাবধান", "সাবধানে", "রেডি",
        "bujhbi", "বুঝবি", "rat", "rate", "raat", "রাতে", "রাইতে", "আসতেছি", "ashtesi", "astesi", "ashbo", "asbo", "আসবো", "আসব", "alone",
        "ekla", "একা", "thakis", "থাকিস");

    // The writer tells the one addressed that they know where they or their family live, travel or can be found, and warns
    // them ("I know which bus you take, don't sit alone", "তোর বাসা কোথায় আমি জানি। সাবধানে থাকিস।", "tor basa chini, rat e
    // ashbo"). Knowing alone is no threat ("I know your house, I'll bring the notes"); nor is "someone may know where you live".
    private static int? Whereabouts(List<Token> tokens, string text)
    {
        var know = -1;
        for (var k = 0; k < tokens.Count && know < 0; k++)
        {
            var key = tokens[k].Key;
            var first = KnowFirstPerson.Contains(key) && !(k + 1 < tokens.Count && tokens[k + 1].Key is "na" or "না" or "nai")
                || (key is "know" or "knw" && k > 0 && tokens[k - 1].Key is "i" or "we" or "ami" or "amra");
            if (first && Enumerable.Range(0, tokens.Count).Any(p => Place(tokens, p)))
            {
                know = k;
            }
        }

        if (know < 0)
        {
            return null;
        }

        var warned = tokens.Exists(t => Warning.Contains(t.Key)) || HoldsAny(text, MenaceEmoji);
        return warned ? know : null;
    }

    // A place of the one addressed or another person: "tor basa", "your address", "tor abbu office", "which bus you take".
    private static bool Place(List<Token> tokens, int p) =>
        (Whereabout.Contains(tokens[p].Key) || Whereabout.Contains(Stem(tokens[p].Key)))
        && (Near(tokens, p, -2, -1, Role.TargetYou) || Near(tokens, p, -2, -1, Role.TargetOther) || Near(tokens, p, 1, 2, Role.TargetYou));

    private static readonly string[] Classifiers = ["টারে", "টাকে", "গুলারে", "গুলোরে", "গুলা", "গুলো", "টা", "tare", "gula", "gulo", "ta"];
    private static readonly string[] Laughs = ["😂", "🤣", "🤡"];

    // A word that names a person by a disability, gender identity, caste or region, used as that person's name: pointed at
    // ("oi langra", "ওই প্রতিবন্ধীটা", "ছক্কাটা"), before a name ("hijra Rahat"), as someone's child ("dom er pola", "নমুর পোলা"),
    // said to be what someone is ("Joy is a hijra", "Jahid to hijra"), walked or talked like ("হিজড়ার মতো হাঁটে"), or laughed at.
    // Not a community as a topic ("hijra community", "প্রতিবন্ধীদের অধিকার"), one's own ("amar tota ta"), a cricket six.
    private static bool SlurName(List<Token> tokens, int i, string text)
    {
        var t = tokens[i];
        var clause = t.Clause;
        bool At(int k, params string[] keys) => k >= 0 && k < tokens.Count && tokens[k].Clause == clause && Array.Exists(keys, key => Squeeze(Skeleton.Fold(key)) == tokens[k].Key);
        // "kauke langra bole dakbe na", "they call him hijra": the word named, not used.
        if (Near(tokens, i, -Before, -1, Role.Negation) || Near(tokens, i, -6, -1, Role.Report) || At(i + 1, "bole", "বলে", "dake", "ডাকে", "daka", "ডাকা")
            || At(i - 1, "amar", "amr", "amader", "আমার", "আমাদের", "my", "our"))
        {
            return false;
        }

        // ছক্কা is also cricket's six: "শেষ ওভারে একটা ছক্কা মারলো".
        if (t.Key.StartsWith("ছক্কা", StringComparison.Ordinal)
            && tokens.Exists(x => x.Is(Role.Game) || x.Key.StartsWith("ওভার", StringComparison.Ordinal) || x.Key is "over" or "ball" or "বল" or "run" or "রান" or "মারলো" or "মারল" or "marlo" or "হাঁকালো" or "six"))
        {
            return false;
        }

        var listed = WordRolesBySpan.TryGetValue(t.Key, out var asWritten) && (asWritten.AsWritten & Role.SlurName) != 0;
        var classified = (!listed && Classifiers.Any(c => t.Key.EndsWith(c, StringComparison.Ordinal))) || At(i + 1, "ta", "টা", "gula", "গুলা", "গুলো", "gulo");
        var pointed = At(i - 1, "oi", "ei", "oy", "ওই", "এই", "অউ", "অই", "that", "this", "those", "these");
        var child = At(i + 1, "pola", "পোলা", "baca", "bacha", "বাচ্চা", "poa", "পোয়া", "পোয়ারে", "put", "পুত", "meye", "মেয়ে", "chele", "ছেলে")
            || (At(i + 1, "er", "r", "এর") && At(i + 2, "pola", "baca", "bacha", "poa", "put", "meye", "chele", "pola", "maiya"));
        var named = At(i - 1, "is", "to", "তো", "holo", "=") || (At(i - 1, "a") && At(i - 2, "is", "was", "are"))
            || At(i + 1, "moto", "mto", "মত", "মতো", "like")
            || (i + 1 < tokens.Count && tokens[i + 1].Clause == clause && tokens[i + 1].Roles == UInt128.Zero && char.IsAsciiLetterUpper(text[tokens[i + 1].Start]));
        var laughed = HoldsAny(text, Laughs) || tokens.Exists(x => x.Key is "lol" or "lmao" or "haha" or "হাহা" or "ছিঃ" or "ছি");
        return classified || pointed || child || named || laughed;
    }

    // "say that again and ...", "ar ekbar bol": a dare before a threat.
    private static bool Dare(List<Token> tokens, int i)
    {
        for (var k = Math.Max(0, i - 6); k < i; k++)
        {
            if (tokens[k].Key is "say" && k + 2 < i && (tokens[k + 1].Key is "again" || tokens[k + 2].Key is "again"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TitleCased(List<Token> tokens, int i, string text) =>
        i + 1 < tokens.Count && tokens[i + 1].Clause == tokens[i].Clause && char.IsUpper(text[tokens[i].Start]) && char.IsUpper(text[tokens[i + 1].Start]);

    private static bool Violence(List<Token> tokens, int i)
    {
        var t = tokens[i];
        // "I will beat you in chess", "tore harabo": winning a game.
        if (t.Key is "beat" or "crush" or "destroy" or "smash" or "kill" or "finish" or "end" or "bury" && InClause(tokens, t.Clause, Role.Game))
        {
            return false;
        }

        if (t.Is(Role.Violence))
        {
            if (!Near(tokens, i, 1, 3, Role.TargetYou) && !Near(tokens, i, 1, 2, Role.TargetOther) && !Near(tokens, i, 1, 2, Role.TargetPossessive))
            {
                return false;
            }

            // "Say that again and I'll break your arm" dares, it does not report.
            if (Near(tokens, i, -Before, -1, Role.Negation) || (Near(tokens, i, -6, -1, Role.Report) && !Dare(tokens, i)))
            {
                return false;
            }

            // "I'll beat you", "we're gonna kill him", or an order: "kill him".
            var first = FirstOfClause(tokens, t.Clause);
            return Near(tokens, i, -Before, -1, Role.Intent) || i == first || (i - first == 1 && tokens[first].Key is "just" or "go" or "lets" or "pls" or "please")
                || (i > 0 && tokens[i - 1].Key is "should" or "must" or "shud" && tokens[i - 1].Clause == t.Clause);
        }

        var future = t.Is(Role.ViolenceFutureVerb) || (t.Is(Role.ViolenceStem) && Near(tokens, i, 1, 3, Role.FutureVerb));
        // The one hurt is named before the verb or, as often in speech, after it: "khun kore felbo tore", "মেরে ফেলবো তোকে".
        var after = t.Is(Role.ViolenceFutureVerb) ? 2 : 4;
        return future && !Near(tokens, i, 1, 2, Role.Negation) && (Near(tokens, i, -6, after, Role.TargetYou) || Near(tokens, i, -6, after, Role.TargetOther));
    }

    // "I will tell everyone your secret", "তোর ছবি ভাইরাল করে দেব", "tor kotha sobaike bole dibo".
    private static bool Exposure(List<Token> tokens, int i)
    {
        var t = tokens[i];
        if (!t.Is(Role.Expose) || Near(tokens, i, -Before, -1, Role.Negation))
        {
            return false;
        }

        var english = Near(tokens, i, -3, -1, Role.Intent) && Near(tokens, i, 1, 4, Role.Exposed) && (Near(tokens, i, 1, 4, Role.TargetYou) || Near(tokens, i, 1, 2, Role.Exposed));
        var bangla = Near(tokens, i, 1, 3, Role.Future) && Near(tokens, i, -5, -1, Role.Exposed) && Near(tokens, i, -6, -1, Role.TargetYou);
        return english || bangla;
    }

    // A demand and a condition in one answer: "send me pics or else", "টাকা না দিলে ...".
    private static int? Coercion(List<Token> tokens)
    {
        var condition = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Is(Role.Condition) || tokens[i].Is(Role.TellIf) || (i + 1 < tokens.Count && PairFirsts.Contains(tokens[i].Key) && In("condition-pair", tokens[i].Key + ":" + tokens[i + 1].Key))
                || (i + 1 < tokens.Count && tokens[i].Key is "না" or "na" && (tokens[i + 1].Key.EndsWith("লে", StringComparison.Ordinal) || tokens[i + 1].Key.EndsWith("le", StringComparison.Ordinal))))
            {
                condition = i;
                break;
            }
        }

        if (condition < 0)
        {
            return null;
        }

        // "or the screenshots go to your dad", "নাহলে আগেরগুলো সবাইকে পাঠাবো", "na korle school e shobai jante parbe":
        // a condition with pictures or secrets and their exposure is coercion whatever is demanded.
        var media = tokens.FindIndex(t => t.Is(Role.ExposedMedia));
        var exposure = tokens.FindIndex(condition, t => t.Is(Role.ExposureFuture) || t.Is(Role.Expose) || (media >= 0 && t.Is(Role.FutureVerb)));
        var before = tokens.FindIndex(t => t.Is(Role.ExposureFuture) || t.Is(Role.Expose));
        if (exposure < 0 && before >= 0 && before < condition && Near(tokens, before, 1, 2, Role.FutureVerb) && tokens.Exists(t => t.Is(Role.Demand) || t.Is(Role.DemandObject)))
        {
            return before;
        }

        if (exposure > condition && (media >= 0 || tokens.Exists(t => t.Is(Role.TargetYou) || t.Is(Role.Exposed))))
        {
            return exposure;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Is(Role.Demand) && Near(tokens, i, 1, 4, Role.DemandObject) && !Near(tokens, i, -2, -1, Role.Negation))
            {
                // The condition must carry a consequence: a threat, an exposure or a future verb after it.
                for (var k = condition + 1; k < tokens.Count && k <= condition + 8; k++)
                {
                    // "or I'll tell everyone", "or I'll come to your house"; not "or I'll forget to make the album".
                    if ((tokens[k].Is(Role.Intent) && Consequence(tokens, k)) || tokens[k].Is(Role.Expose) || tokens[k].Is(Role.Future) || tokens[k].Is(Role.Violence)
                        || tokens[k].Is(Role.ViolenceFutureVerb) || tokens[k].Key is "else")
                    {
                        return i;
                    }
                }
            }
        }

        return null;
    }

    // What follows "I'll" after a condition reaches the one addressed or their secrets: "I'll tell", "I'll hurt you", "I'll come to your house".
    private static bool Consequence(List<Token> tokens, int k)
    {
        for (var j = k + 1; j < tokens.Count && j <= k + 5; j++)
        {
            var x = tokens[j];
            if (x.Is(Role.TargetYou) || x.Is(Role.Expose) || x.Is(Role.ExposureFuture) || x.Is(Role.Exposed) || x.Is(Role.Violence)
                || x.Is(Role.ViolenceStem) || x.Is(Role.Menace) || x.Is(Role.TargetOther))
            {
                return true;
            }
        }

        return false;
    }

    // "send me nudes", "show me your body", "I want to kiss you", "তোকে চুমু দিতে চাই".
    private static bool SexualDemand(List<Token> tokens, int i)
    {
        var t = tokens[i];
        if (t.Is(Role.SexualObject))
        {
            // "send me nudes", or a wish to see: "I wanna see u naked", "তোর শরীর দেখতে চাই".
            var asked = Near(tokens, i, -6, -1, Role.Demand) || (Near(tokens, i, 1, 2, Role.Demand) && tokens[i + 1].Key is not "s")
                || (Near(tokens, i, -5, 3, Role.Want) && Near(tokens, i, -4, 2, Role.See));
            // Clothes taken off to be washed or changed are not a sexual demand: "jama ta khul, dhuye dibo".
            var clothes = t.Key is "jama" or "kapor" or "clothes" or "জামা" or "কাপড়";
            return asked && !Near(tokens, i, -6, -1, Role.Negation) && !Near(tokens, i, -6, -1, Role.Topic)
                && (!clothes || !tokens.Exists(x => x.Key is "dhuye" or "dhute" or "dhuite" or "ধুয়ে" or "ধুতে" or "wash" or "iron" or "istri" or "ইস্ত্রি"
                    or "bodlao" or "বদলাও" or "moyla" or "ময়লা" or "dirty" or "wet" or "bhije" or "ভিজে"));
        }

        // "tor dudh dekhte chai", "I wanna see your boobs": a body part of the one addressed that the writer wants to see.
        if (t.Is(Role.Body) && Near(tokens, i, -3, -1, Role.TargetYou) && Near(tokens, i, -5, 3, Role.Want) && Near(tokens, i, -4, 3, Role.See)
            && !Near(tokens, i, -6, -1, Role.Negation))
        {
            return true;
        }

        return t.Is(Role.Touch) && (Near(tokens, i, 1, 2, Role.TargetYou) || Near(tokens, i, -3, -1, Role.TargetYou))
            && (Near(tokens, i, -3, -1, Role.Intent) || Near(tokens, i, -3, 2, Role.Want) || t.Key is "চুমু" or "chumu")
            && !Near(tokens, i, -4, -1, Role.Negation) && !Near(tokens, i, -6, -1, Role.Topic);
    }

    // "nobody likes u", "keu tore pochondo kore na": rejection aimed at someone.
    private static int? Rejected(List<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            // "keu tore pochondo kore na": the Bangla "someone" is "nobody" only with a negation.
            if (tokens[i].Is(Role.Nobody) && Near(tokens, i, 1, 2, Role.Rejects) && (Near(tokens, i, 1, 4, Role.TargetYou) || Near(tokens, i, -3, -1, Role.TargetYou))
                && (tokens[i].Key is not ("keu" or "কেউ") || Near(tokens, i, 1, 5, Role.Negation)))
            {
                return i;
            }
        }

        return null;
    }

    // The spans inside quotation marks, when the words outside them show the answer names or reports the line (a topic, advice,
    // reported speech: "words like", "if someone says", "বলে"); null when there are none.
    private static List<(int Start, int End)>? Quoted(string text, List<Token> tokens)
    {
        if (text.AsSpan().IndexOfAny(QuoteMarks) < 0)
        {
            return null;
        }

        var spans = new List<(int Start, int End)>();
        for (var i = 0; i < text.Length; i++)
        {
            var close = text[i] switch
            {
                '"' => '"',
                '“' => '”',
                '«' => '»',
                '‘' => '’',
                '\'' => '\'',
                _ => '\0',
            };
            // An opening mark starts the text or follows a space or a sign; an apostrophe inside a word (I'll) is not one.
            if (close == '\0' || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
            {
                continue;
            }

            var end = -1;
            for (var k = i + 1; k < text.Length; k++)
            {
                if ((text[k] == close || (close == '"' && text[k] == '”') || (close == '\'' && text[k] == '’'))
                    && (k + 1 == text.Length || !char.IsLetterOrDigit(text[k + 1])))
                {
                    end = k;
                    break;
                }
            }

            if (end > i + 1)
            {
                spans.Add((i + 1, end));
                i = end;
            }
        }

        if (spans.Count == 0)
        {
            return null;
        }

        var context = tokens.Exists(t => !spans.Exists(q => q.Start <= t.Start && t.Start < q.End)
            && (t.Is(Role.Topic) || t.Is(Role.Report) || t.Is(Role.ReportPast) || t.Is(Role.Asks) || t.Is(Role.Someone) || t.Key is "like" or "lik" or "such" or "এরকম" or "এমন" or "erokom" or "emon"));
        return context ? spans : null;
    }

    // "I have ur photos already", "তোর ছবি আমার কাছে আছে": holding someone's pictures is leverage.
    private static bool Possession(List<Token> tokens) =>
        tokens.Exists(t => t.Is(Role.ExposedMedia))
        && tokens.Exists(t => t.Is(Role.TargetYou))
        && (Pair(tokens, "i", "have") || Pair(tokens, "আমার", "কাছে") || Pair(tokens, "amar", "kache") || Pair(tokens, "amr", "kache"));

    private static bool Pair(List<Token> tokens, string first, string second)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Key == first && tokens[i + 1].Key == second)
            {
                return true;
            }
        }

        return false;
    }

    // "Priya ur lips look so kissable", "তোর কোমরটা জোস", "Arif has a nice butt": a body said of someone, with a leer.
    private static bool SexualRemark(List<Token> tokens, int i, bool leer)
    {
        if (!tokens[i].Is(Role.Body))
        {
            return false;
        }

        // Another word than the body word itself is the leer, and "your tea is hot" is about tea.
        var clause = tokens[i].Clause;
        var start = tokens[i].Start;
        return !InClause(tokens, clause, Role.Weather)
            && (leer || Near(tokens, i, -3, 3, Role.Leer) || (Near(tokens, i, -3, -1, Role.TargetYou) && InClause(tokens, clause, Role.Leer, exceptStart: start)));
    }

    // "you're so hot", "she is sexy af", "tui onek hot": a leer said of a person, not of the weather or the tea.
    private static bool Leering(List<Token> tokens, int i)
    {
        var t = tokens[i];
        return t.Is(Role.Leer) && t.Is(Role.LeerAimed)
            && (Near(tokens, i, -3, -1, Role.TargetYou) || Near(tokens, i, -3, -1, Role.TargetOther) || Near(tokens, i, 1, 2, Role.TargetYou))
            && !Near(tokens, i, -4, -1, Role.Negation) && !Near(tokens, i, -6, 2, Role.Topic) && !InClause(tokens, t.Clause, Role.Weather);
    }

    // "তোকে একা পেলে অনেক আদর করবো", "raat e inbox e ashis, moja er kotha", "এক রাতের জন্য কত নিবি".
    private static int? NightAlone(List<Token> tokens)
    {
        var night = tokens.FindIndex(t => t.Is(Role.NightAlone));
        return night >= 0 && tokens.Exists(t => t.Is(Role.NightAct)) && tokens.Exists(t => t.Is(Role.TargetYou) || t.Is(Role.Addressed) || SecondPerson(t.Key)) ? night : null;
    }

    // A Bangla second-person future or imperative ("নিবি", "থাকবি", "jabi", "ashis"): the sentence speaks to someone.
    private static bool SecondPerson(string key) =>
        key.Length >= 4 && (key.EndsWith("বি", StringComparison.Ordinal) || key.EndsWith("িস", StringComparison.Ordinal)
            || (char.IsAsciiLetter(key[0]) && (key.EndsWith("bi", StringComparison.Ordinal) || key.EndsWith("is", StringComparison.Ordinal) && key[^3] is 'h' or 's')));

    // "your face", "tor haddi", "তোর মুখ ভেঙে ...": what violence is done to, with "your" before and a future verb after;
    // "ur dead", "দেখবো তোকে কে বাঁচায়", "খবর আছে তোর", "hisab hobe".
    private static bool Menace(List<Token> tokens, int i)
    {
        var t = tokens[i];
        if (t.Is(Role.HarmObject) && Near(tokens, i, -3, -1, Role.TargetYou))
        {
            for (var k = i + 1; k < tokens.Count && k <= i + 5 && tokens[k].Clause == t.Clause; k++)
            {
                // "তোর হাত ধরবো" (I'll hold your hand) is not one.
                if (tokens[k].Is(Role.Gentle))
                {
                    break;
                }

                if (tokens[k].Is(Role.FutureVerb) || tokens[k].Is(Role.Violence) || tokens[k].Is(Role.ViolenceStem))
                {
                    return true;
                }
            }
        }

        // "tor khobor ase" (you are in for it), not "tor khobor ki?" (how are you).
        if (t.Key is "khobor" or "খবর" && !(Near(tokens, i, 1, 2, Role.Coming) && !tokens.Exists(x => x.Clause == t.Clause && x.Key is "ki" or "কি" or "কী" or "kemon" or "কেমন")))
        {
            return false;
        }

        return (t.Key is "dead" or "মরবি" or "morbi" && Near(tokens, i, -2, -1, Role.TargetYou))
            || (t.Is(Role.Menace) && (Near(tokens, i, -4, 4, Role.TargetYou) || InClause(tokens, AnyClause, Role.Menace, exceptStart: t.Start)));
    }

    // Whether the clause of token i speaks of a person: "you", "her", a body or looks, or a name with a possessive ("tonmoy er").
    private static bool PersonInClause(List<Token> tokens, int i, string text)
    {
        var clause = tokens[i].Clause;
        for (var k = 0; k < tokens.Count; k++)
        {
            var x = tokens[k];
            if (x.Clause != clause || k == i)
            {
                continue;
            }

            // Keys are squeezed ("looks" is "loks"). "looks" alone is a verb ("the ball looks like a football"), not someone's looks.
            if (x.Is(Role.TargetYou) || x.Is(Role.TargetOther) || (x.Is(Role.Looks) && x.Key is not ("loks" or "lok")) || x.Is(Role.Mind) || x.Is(Role.Smell)
                || (k + 1 < i && char.IsUpper(text[x.Start]) && k + 1 < tokens.Count && tokens[k + 1].Key is "er" or "r" or "is" or "loks" or "smels"))
            {
                return true;
            }
        }

        return false;
    }

    // A person likened to a thing or a small animal: "ur face looks like a burnt potato", "u looked like a total clown", "brain
    // of a goldfish", "তোর মাথা আলুর মত", "tor pet ta football er moto". The one compared must be a person, their looks or their
    // wits: not "ur cake looked like a potato", "she fell like a sack of potatoes", "I feel like a potato".
    private static bool Likened(List<Token> tokens, int i, string text)
    {
        var t = tokens[i];
        if (!t.Is(Role.Likened) && !t.Is(Role.Insult))
        {
            return false;
        }

        var clause = t.Clause;
        bool At(int k, params string[] keys) => k >= 0 && k < tokens.Count && tokens[k].Clause == clause && Array.IndexOf(keys, tokens[k].Key) >= 0;
        var article = At(i - 1, "a", "an") ? i - 1 : At(i - 2, "a", "an") ? i - 2 : -1;
        int subject;
        if (article > 1 && At(article - 1, "of") && tokens[article - 2].Is(Role.Mind))
        {
            subject = article - 2;
        }
        else if (article > 0 && At(article - 1, "like", "lik", "as"))
        {
            subject = article - 2;
            if (At(subject, "lok", "loks", "loked", "sem", "sems", "semed", "sound", "sounds", "is", "are", "was"))
            {
                subject--;
            }
        }
        else if (t.Is(Role.Likened) && (At(i + 1, "moto", "mto", "মত", "মতো", "মতন", "motoi") || (At(i + 1, "er", "r", "এর") && At(i + 2, "moto", "mto", "মত", "মতো", "মতন", "motoi"))))
        {
            subject = At(i - 1, "ta", "টা", "dekhte", "দেখতে") ? i - 2 : i - 1;
        }
        else
        {
            return false;
        }

        if (subject < 0 || tokens[subject].Clause != clause || Near(tokens, i, -6, -1, Role.Negation))
        {
            return false;
        }

        var s = tokens[subject];
        var person = s.Is(Role.TargetYou) || s.Is(Role.TargetOther) || s.Is(Role.Mind) || s.Is(Role.Body)
            || (s.Is(Role.Looks) && s.Key is not ("loks" or "lok")) || (char.IsUpper(text[s.Start]) && !s.Is(Role.FirstPerson) && s.Key is not ("it" or "this" or "that" or "its" or "thats"));
        return person && PersonInClause(tokens, i, text);
    }

    // "tor mathay kichu nai", "তোর মাথায় কিছুই নেই", "ur brain is empty": no wits, said of someone.
    private static bool Witless(List<Token> tokens, int i)
    {
        var t = tokens[i];
        if (!t.Is(Role.Mind) || !(Near(tokens, i, -3, -1, Role.TargetYou) || Near(tokens, i, -3, -1, Role.TargetOther)))
        {
            return false;
        }

        for (var k = i + 1; k < tokens.Count && k <= i + 4 && tokens[k].Clause == t.Clause; k++)
        {
            if (tokens[k].Is(Role.Empty) || (tokens[k].Is(Role.Nothing) && Near(tokens, k, 1, 2, Role.None)))
            {
                return true;
            }
        }

        return false;
    }

    // "you smell", "Tanvir smells like a dustbin", "তোর গায়ে গন্ধ": a smell said of a person; not "you smell the flowers".
    private static bool Smelly(List<Token> tokens, int i, string text)
    {
        var t = tokens[i];
        if (!t.Is(Role.Smell))
        {
            return false;
        }

        // "smells like a dustbin", "smells like rotten fish"; not "smells like mustard oil".
        var after = i + 1 < tokens.Count && tokens[i + 1].Clause == t.Clause ? i + 1 : -1;
        var foul = after > 0 && tokens[after].Key is "like" or "lik" or "moto" or "mto" or "মত" or "মতো"
            ? tokens.Skip(after + 1).Take(3).Any(x => x.Clause == t.Clause && (x.Is(Role.Foul) || x.Is(Role.Likened) || x.Is(Role.Insult)))
            : after < 0 || tokens[after].Is(Role.SmellAfter);
        var ends = foul;
        var person = Near(tokens, i, -3, -1, Role.TargetYou) || Near(tokens, i, -2, -1, Role.TargetOther)
            || (i > 0 && tokens[i - 1].Clause == t.Clause && char.IsUpper(text[tokens[i - 1].Start]) && i == 1);
        return ends && person && !Near(tokens, i, -4, -1, Role.Negation);
    }

    // "চড় খাবি", "thappor khabi", "ghushi khaba": you will get a blow.
    private static bool Suffers(List<Token> tokens, int i) =>
        tokens[i].Is(Role.Suffer) && i > 0 && tokens[i - 1].Clause == tokens[i].Clause
        && (tokens[i - 1].Is(Role.ViolenceStem) || tokens[i - 1].Key is "mar" or "mair" or "mar" or "মার" or "মাইর");

    // "বেশি কথা বললে জিভ কেটে ফেলব": a body part cut or broken in the future, after a condition; not "chul kete felbo" (a haircut).
    private static bool Mutilation(List<Token> tokens, int i)
    {
        var t = tokens[i];
        if (!t.Is(Role.HarmObject) || t.Key is "chul" or "চুল" or "hair" or "nokh" or "নখ" || Near(tokens, i, -2, -1, Role.FirstPerson))
        {
            return false;
        }

        var act = i + 1 < tokens.Count && tokens[i + 1].Clause == t.Clause && (tokens[i + 1].Is(Role.ViolenceStem) || tokens[i + 1].Is(Role.ViolenceFutureVerb))
            && (tokens[i + 1].Is(Role.ViolenceFutureVerb) || Near(tokens, i + 1, 1, 2, Role.FutureVerb));
        return act && tokens.Exists(x => x.Is(Role.TellIf) || x.Is(Role.Condition) || x.Is(Role.If));
    }

    // "girls belong in the kitchen", "meyera shudhu ranna korbe": a gender told where it belongs. Not "the girls were cooking".
    private static bool GenderTrope(List<Token> tokens, int i) =>
        tokens.Exists(x => x.Is(Role.GenderTrope)) && tokens.Exists(x => x.Is(Role.Prescribe))
        && !Near(tokens, i, -6, 3, Role.Report) && !Near(tokens, i, -3, -1, Role.Negation) && !tokens.Exists(x => x.Is(Role.Topic) && x.Key is "not" or "wrong" or "vul" or "ভুল");

    // "ছুরি নিয়ে আসবো কাল", "I'll throw acid on anyone": a weapon with a future act.
    private static bool Weapon(List<Token> tokens, int i)
    {
        var t = tokens[i];
        return t.Is(Role.Weapon) && InClause(tokens, t.Clause, Role.FutureVerb | Role.Intent);
    }

    // Bangla and Banglish first-person future verbs: "দেবো", "রাখবো", "ফেলমু", "dibo", "korbo", "dimu".
    private static bool Future(string key, UInt128 asWritten, bool violenceFuture) =>
        (asWritten & Role.Future) != 0 || violenceFuture
        || (key.Length >= 3 && (key.EndsWith("বো", StringComparison.Ordinal) || key.EndsWith("মু", StringComparison.Ordinal)))
        || (key.Length >= 4 && char.IsAsciiLetter(key[0]) && (key.EndsWith("bo", StringComparison.Ordinal) || key.EndsWith("mu", StringComparison.Ordinal)));

    // A swear word typed in pieces: "চু দি", "হারা ম জা দা", "chu di".
    private static int? Pieces(List<Token> tokens, int i)
    {
        if (tokens[i].Key.Length > 4)
        {
            return null;
        }

        // The pieces joined and squeezed in a buffer (at most four keys of four letters; keys are squeezed already), looked up
        // without making a string.
        Span<char> joined = stackalloc char[16];
        tokens[i].Key.CopyTo(joined);
        var length = tokens[i].Key.Length;
        for (var k = i + 1; k < tokens.Count && k <= i + 3 && tokens[k].Key.Length <= 4 && tokens[k].Clause == tokens[i].Clause; k++)
        {
            foreach (var c in tokens[k].Key)
            {
                if (length == 0 || joined[length - 1] != c)
                {
                    joined[length++] = c;
                }
            }

            if (SwearStems.Contains(joined[..length]))
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>Whether a programme word is aimed at a person: asked for ("send nudes"), or with "you" beside it and no advice word.</summary>
    private static bool Aimed(List<Token> tokens, int i) =>
        (Near(tokens, i, -3, -1, Role.Demand) && !Near(tokens, i, -5, -1, Role.Negation))
        || (Near(tokens, i, 1, 2, Role.TargetYou) && tokens.Skip(Math.Max(0, i - 2)).Take(5).Any(t => t.Key is "with" or "korbi" or "korba" or "korbe" or "করবি" or "করবে"));

    private static bool Hypothetical(List<Token> tokens, int i) =>
        AdviceFrame(tokens) && !tokens.Exists(t => t.Clause == tokens[i].Clause && FirstPersonAct(t));

    // Someone else as the subject of a condition or of reported words: "if someone ...", "if a stranger ...", "কেউ যদি",
    // "people call you ...". Not "if you tell anyone" or "jodi kauke bolish", where the someone is the object.
    private static bool AdviceFrame(List<Token> tokens)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];
            if (!t.Is(Role.Someone) || t.Key is "kauke" or "karo" or "কাউকে" or "কারো" or "kake" or "কাকে")
            {
                continue;
            }

            var afterIf = (k >= 1 && tokens[k - 1].Is(Role.If)) || (k >= 2 && tokens[k - 2].Is(Role.If) && tokens[k - 1].Key is "a" or "an" or "the" or "some" or "any");
            var beforeIf = Near(tokens, k, 1, 2, Role.If);
            var says = Near(tokens, k, 1, 3, Role.Report) || Near(tokens, k, 1, 3, Role.Asks) || Near(tokens, k, 1, 3, Role.ReportPast);
            if (afterIf || beforeIf || says)
            {
                return true;
            }
        }

        return false;
    }

    // Reported words before a finding, said by someone else ("he threatened", "ওকে বলেছিল"; not "send what I asked").
    private static bool ReportedBefore(List<Token> tokens, int i)
    {
        for (var k = Math.Max(0, i - 10); k < i; k++)
        {
            if (tokens[k].Is(Role.ReportPast) && !(k > 0 && FirstPersonAct(tokens[k - 1])))
            {
                return true;
            }
        }

        return false;
    }

    // The writer as the one who acts: "I'll", "we", "আমি", or a Bangla first-person future ("মারবো", "dibo").
    private static bool FirstPersonAct(Token t) =>
        t.Key is "i" or "im" or "ill" or "ima" or "imma" or "we" or "well" or "ami" or "amra" or "আমি" or "আমরা"
        || t.Is(Role.ViolenceFutureVerb) || (t.Is(Role.FutureVerb) && !t.Is(Role.Game));

    private const int AnyClause = -1;

    // Whether a token of the clause (any clause: AnyClause) has one of the roles, other than a token starting at
    // exceptStart. A loop rather than a lambda: a lambda that reads the token made an object for every token of every answer.
    private static bool InClause(List<Token> tokens, int clause, UInt128 role, int exceptStart = -1)
    {
        foreach (var x in CollectionsMarshal.AsSpan(tokens))
        {
            if ((clause == AnyClause || x.Clause == clause) && x.Is(role) && x.Start != exceptStart)
            {
                return true;
            }
        }

        return false;
    }

    private static int FirstOfClause(List<Token> tokens, int clause)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Clause == clause)
            {
                return k;
            }
        }

        return -1;
    }

    private static bool HoldsAny(string text, string[] emoji)
    {
        foreach (var e in emoji)
        {
            if (text.Contains(e, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Near(List<Token> tokens, int i, int from, int to, string role) => Near(tokens, i, from, to, Role.Of(role));

    private static bool Near(List<Token> tokens, int i, int from, int to, UInt128 role, bool sameClause = true)
    {
        var clause = tokens[i].Clause;
        for (var k = Math.Max(0, i + from); k <= i + to && k < tokens.Count; k++)
        {
            if (k != i && (!sameClause || tokens[k].Clause == clause) && tokens[k].Is(role))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] StemEndings = ["গুলো", "দের", "এর", "ের", "কে", "টা", "র", "ে", "s"];

    // A Bengali case ending or an English plural off a word ("ধর্ষনের" → "ধর্ষন", "rapes" → "rape"), for the programme words.
    private static string Stem(string key)
    {
        foreach (var ending in StemEndings)
        {
            if (key.Length > ending.Length + 2 && key.EndsWith(ending, StringComparison.Ordinal))
            {
                return key[..^ending.Length];
            }
        }

        return key;
    }

    // Roles whose words are nouns and adjectives: "গাধাটা", "ছাগলের", "boldar", "idiots", "chorer" are the listed word with a
    // case ending, an article or a plural, so a word is looked up as written and then without its ending. Not the pictures
    // of coercion: "ছবির লোকেশন" (the photo's location) is not "ছবি" threatened.
    private static readonly FrozenSet<string> Inflected = FrozenSet.Create(StringComparer.Ordinal,
        "insult", "body", "group", "slur-name", "derogatory", "sexual-object", "harm-object", "weapon", "likened", "mind");

    private static readonly string[] Endings =
    [
        "টাকে", "টারে", "গুলো", "গুলা", "দের", "টা", "টি", "কে", "রে", "ের", "এর", "র", "রা",
        "take", "tare", "gula", "gulo", "der", "ta", "ti", "ke", "re", "er", "ra", "r", "es", "s",
    ];

    // After Inflected and Endings, which they read. Roles 0-125 get a bit each, in name order; 126 and 127 are the future-verb classes.
    private static readonly FrozenDictionary<string, UInt128> Bits = Roles.Keys.Order(StringComparer.Ordinal)
        .Select((role, index) => index < 126 ? (role, UInt128.One << index) : throw new InvalidOperationException("More than 126 moderation roles: widen the token's role mask."))
        .ToFrozenDictionary(r => r.role, r => r.Item2, StringComparer.Ordinal);

    // Each word's roles as written, and the roles it has once a case ending is taken off (inflected roles only).
    private static readonly FrozenDictionary<string, (UInt128 AsWritten, UInt128 Inflected)> WordRoles = IndexWords();
    private static readonly Dictionary<string, (UInt128 AsWritten, UInt128 Inflected)>.AlternateLookup<ReadOnlySpan<char>> WordRolesBySpan =
        new Dictionary<string, (UInt128 AsWritten, UInt128 Inflected)>(WordRoles, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The roles of <paramref name="key"/>, each as <see cref="In(string, string)"/> decides it, and its future-verb classes.</summary>
    private static UInt128 RolesOf(string key) => RolesOf(key, WordRoles.TryGetValue(key, out var direct) ? direct.AsWritten : UInt128.Zero);

    private static UInt128 RolesOf(string key, UInt128 asWritten)
    {
        var roles = asWritten;
        foreach (var ending in EndingsByLast.GetValueOrDefault(key.Length > 0 ? key[^1] : '\0', []))
        {
            if (key.Length >= ending.Length + 3 && key.EndsWith(ending, StringComparison.Ordinal)
                && WordRolesBySpan.TryGetValue(key.AsSpan(0, key.Length - ending.Length), out var stem))
            {
                roles |= stem.Inflected;
            }
        }

        var violenceFuture = ViolenceFuture(key, asWritten);
        if (violenceFuture)
        {
            roles |= Role.ViolenceFutureVerb;
        }

        if (Future(key, asWritten, violenceFuture))
        {
            roles |= Role.FutureVerb;
        }

        return roles;
    }

    private static FrozenDictionary<string, (UInt128 AsWritten, UInt128 Inflected)> IndexWords()
    {
        var words = new Dictionary<string, (UInt128 AsWritten, UInt128 Inflected)>(StringComparer.Ordinal);
        foreach (var (role, set) in Roles)
        {
            var bit = Bits[role];
            var inflected = Inflected.Contains(role) ? bit : UInt128.Zero;
            foreach (var word in set)
            {
                var (asWritten, stem) = words.GetValueOrDefault(word);
                words[word] = (asWritten | bit, stem | inflected);
            }
        }

        return words.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static bool In(string role, string key)
    {
        if (!Roles.TryGetValue(role, out var set))
        {
            return false;
        }

        if (set.Contains(key))
        {
            return true;
        }

        if (!Inflected.Contains(role))
        {
            return false;
        }

        foreach (var ending in Endings)
        {
            if (key.Length >= ending.Length + 3 && key.EndsWith(ending, StringComparison.Ordinal) && set.Contains(key[..^ending.Length]))
            {
                return true;
            }
        }

        return false;
    }

    // A violence verb made first person future by its ending: "মারবো", "পিটামু", "ফাটাইমু", "vangbo", "kopamu". The roots are
    // listed once (violence-root); the endings are the grammar of Bangla and its spoken forms.
    private static readonly string[] FutureEndings = ["বো", "ব", "মু", "ুম", "মুনে", "ইমু", "ইবো", "bo", "mu", "um", "mune", "imu", "ibo", "ummu"];

    private static bool ViolenceFuture(string key, UInt128 asWritten)
    {
        if ((asWritten & Role.ViolenceFutureWord) != 0)
        {
            return true;
        }

        foreach (var ending in FutureEndingsByLast.GetValueOrDefault(key.Length > 0 ? key[^1] : '\0', []))
        {
            if (key.Length > ending.Length + 2 && key.EndsWith(ending, StringComparison.Ordinal)
                && WordRolesBySpan.TryGetValue(key.AsSpan(0, key.Length - ending.Length), out var root) && (root.AsWritten & Role.ViolenceRoot) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // Every word of the roles file with its roles worked out once (RolesOf): a token that is one of them costs one lookup
    // and no string. Built from the file's words only, never from what anyone typed.
    // Each list of endings by the character its endings end in, in the list's order: a word is compared only with the
    // endings that end as it does.
    private static readonly FrozenDictionary<char, string[]> EndingsByLast = Endings.GroupBy(e => e[^1]).ToFrozenDictionary(g => g.Key, g => g.ToArray());
    private static readonly FrozenDictionary<char, string[]> FutureEndingsByLast = FutureEndings.GroupBy(e => e[^1]).ToFrozenDictionary(g => g.Key, g => g.ToArray());

    // A Dictionary, not a FrozenDictionary: its lookup by span is several times cheaper, and it is never written after this.
    private static readonly Dictionary<string, (string Key, UInt128 Roles)>.AlternateLookup<ReadOnlySpan<char>> Known =
        WordRoles.Keys.ToDictionary(k => k, k => (k, RolesOf(k)), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // One list per thread, reused: Apply keeps no token once it returns, and most answers are tokenised and forgotten. In a
    // class of its own: a thread-static field of this class, whose static fields are built from the roles file, was read
    // through the runtime's slow path.
    private static class Reused
    {
        [ThreadStatic]
        public static List<Token>? Tokens;
    }

    private static List<Token> Tokens(Skeleton skeleton, string text)
    {
        var tokens = Reused.Tokens ??= new List<Token>(64);
        tokens.Clear();
        var clause = 0;
        var previousEnd = 0;
        var words = skeleton.Text;
        var i = 0;
        while (i < words.Length)
        {
            if (words[i] == ' ')
            {
                i++;
                continue;
            }

            var index = i;
            while (i < words.Length && words[i] != ' ')
            {
                i++;
            }

            var length = i - index;
            var raw = words.AsSpan(index, length);
            if (raw.Length == 1 && raw[0] < ' ')
            {
                clause++;
                previousEnd = int.MaxValue;
                continue;
            }

            var (start, end) = skeleton.SpanOf(index, length);
            if (end <= start)
            {
                continue;
            }

            if (previousEnd != int.MaxValue && start > previousEnd && text.AsSpan(previousEnd, start - previousEnd).IndexOfAny(ClauseEnds) >= 0)
            {
                clause++;
            }

            previousEnd = Math.Max(previousEnd == int.MaxValue ? 0 : previousEnd, end);
            var (key, roles) = KeyOf(raw);
            tokens.Add(new Token(key, clause, start, end, roles, Starred(raw)));
        }

        return tokens;
    }

    /// <summary>A word's key (its letters without stars, squeezed) and the key's roles; a string is made only for a word the roles file does not have.</summary>
    private static (string Key, UInt128 Roles) KeyOf(ReadOnlySpan<char> raw)
    {
        Span<char> buffer = raw.Length <= 128 ? stackalloc char[raw.Length] : new char[raw.Length];
        var length = 0;
        foreach (var c in raw)
        {
            if (c != '*' && (length == 0 || buffer[length - 1] != c))
            {
                buffer[length++] = c;
            }
        }

        var letters = buffer[..length];
        if (Known.TryGetValue(letters, out var known))
        {
            return known;
        }

        // Not a word of the roles file, so only its endings can give it roles.
        var key = new string(letters);
        return (key, RolesOf(key, UInt128.Zero));
    }

    /// <summary>A word with each run of one letter made one letter ("stuuupid" → "stupid", "gaaadha" → "gadha").</summary>
    internal static string Squeeze(string word)
    {
        // Most words have no letter twice in a row: the word itself, with nothing built.
        if (!HasRun(word))
        {
            return word;
        }

        var builder = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (builder.Length == 0 || builder[^1] != c)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool HasRun(string word)
    {
        for (var i = 1; i < word.Length; i++)
        {
            if (word[i] == word[i - 1])
            {
                return true;
            }
        }

        return false;
    }

    private static FrozenDictionary<string, FrozenSet<string>> Load()
    {
        var assembly = typeof(HarmRules).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".Moderation.Roles.roles.txt", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd());
    }

    internal static FrozenDictionary<string, FrozenSet<string>> Parse(string file)
    {
        var roles = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (section, line, number) in Lexicon.Lines(file))
        {
            if (section is null)
            {
                throw new FormatException($"Moderation roles line {number}: a word before any [section].");
            }

            if (!roles.TryGetValue(section, out var set))
            {
                roles[section] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                set.Add(string.Join(':', word.Split(':').Select(w => Squeeze(Skeleton.Fold(w)))));
            }
        }

        roles.TryAdd("want", []);
        roles["want"].UnionWith(["want", "wana", "wanna", "chai", "চাই", "let", "lemme"]);
        return roles.ToFrozenDictionary(r => r.Key, r => r.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
    }
}
