using System.Collections.Frozen;
using System.Buffers;
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
    private static readonly string[] LeerEmoji = ["😏", "😘", "😍", "🤤", "🥵", "🤭", "😉", "😜"];
    private static readonly string[] WeaponEmoji = ["🔪", "🗡", "🔫", "🩸"];
    private static readonly SearchValues<char> ClauseEnds = SearchValues.Create(".?;।\n!");

    private readonly record struct Token(string Key, string Raw, int Clause, int Start, int End);

    /// <summary>Adds what the roles compose to <paramref name="found"/> and drops programme words used as a topic from it.</summary>
    public static void Apply(Skeleton skeleton, string text, List<(ModerationReason Reason, int Start, int End)> found)
    {
        var tokens = Tokens(skeleton, text);
        if (tokens.Count == 0)
        {
            return;
        }

        var topical = tokens.Any(t => In("topic", t.Key));
        var hypothetical = tokens.Exists(t => In("someone", t.Key)) && tokens.Exists(t => In("if", t.Key) || In("report", t.Key));
        var leer = Array.Exists(LeerEmoji, e => text.Contains(e, StringComparison.Ordinal));
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (Starred(t.Raw))
            {
                found.Add((ModerationReason.Abuse, t.Start, t.End));
            }

            if (In("insult", t.Key) && Insult(tokens, i))
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

            if (SexualDemand(tokens, i) || (!hypothetical && SexualRemark(tokens, i, leer)))
            {
                found.Add((ModerationReason.Sexual, t.Start, t.End));
            }

            if (!hypothetical && (Menace(tokens, i) || Weapon(tokens, i)))
            {
                found.Add((ModerationReason.Threat, t.Start, t.End));
            }

            if (In("group", t.Key) && !Near(tokens, i, -6, 3, "report") && tokens.Any(x => x.Clause == t.Clause && In("derogatory", x.Key)))
            {
                found.Add((ModerationReason.Slur, t.Start, t.End));
            }

            if (Pieces(tokens, i) is { } end)
            {
                found.Add((ModerationReason.Abuse, t.Start, tokens[end].End));
            }
        }

        if (!hypothetical && NightAlone(tokens) is { } night)
        {
            found.Add((ModerationReason.Sexual, tokens[night].Start, tokens[night].End));
        }

        if (!hypothetical && Array.Exists(WeaponEmoji, e => text.Contains(e, StringComparison.Ordinal)) && tokens.Find(t => In("target-you", t.Key)) is { Key.Length: > 0 } aimed)
        {
            found.Add((ModerationReason.Threat, aimed.Start, aimed.End));
        }

        if (!hypothetical && Rejected(tokens) is { } rejected)
        {
            found.Add((ModerationReason.Abuse, tokens[rejected].Start, tokens[rejected].End));
        }

        if (!hypothetical && Possession(tokens))
        {
            var media = tokens.Find(t => In("exposed-media", t.Key));
            found.Add((ModerationReason.Threat, media.Start, media.End));
        }

        if (!hypothetical && Coercion(tokens) is { } demand)
        {
            found.Add((ModerationReason.Threat, tokens[demand].Start, tokens[demand].End));
        }

        // Programme words as the topic of a safety answer, a compound hashtag (#FoodPorn) and nodding (মাথা নেড়ে) stay readable.
        found.RemoveAll(f =>
        {
            var at = tokens.FindIndex(t => t.Start <= f.Start && f.Start < t.End);
            if (at < 0)
            {
                return false;
            }

            var token = tokens[at];
            if (f.Reason == ModerationReason.Slur && at > 0 && In("slur-context-not", tokens[at - 1].Key) && tokens[at - 1].Clause == token.Clause)
            {
                return true;
            }

            // "If someone says they will leak your photos, ...", "কেউ যদি তোমাকে বোকা বলে": advice about a threat or an insult.
            if (f.Reason is ModerationReason.Threat or ModerationReason.Abuse && !Starred(token.Raw) && Hypothetical(tokens, at))
            {
                return true;
            }

            // "abbu r shala" is a brother-in-law; "words like slut or whore", "বেশ্যা বা মাগি বলে গালি" name the insult to condemn it.
            if (f.Reason == ModerationReason.Abuse && In("kin-term", token.Key) && at > 0 && In("kin-possessor", tokens[at - 1].Key))
            {
                return true;
            }

            // Keys are squeezed: "call" is "cal", "calling" "caling".
            if (f.Reason != ModerationReason.Threat && topical && !Starred(token.Raw)
                && (tokens.Skip(Math.Max(0, at - 3)).Take(Math.Min(3, at)).Any(x => x.Key is "words" or "word" or "like" or "caled" or "caling" or "cal")
                    || tokens.Skip(at + 1).Take(4).Any(x => x.Key is "বলে" or "bole" or "গালি" or "gali")))
            {
                return true;
            }

            if (f.Reason != ModerationReason.Sexual)
            {
                return false;
            }

            if (token.Start > 0 && text[token.Start - 1] == '#' && !In("programme", token.Key))
            {
                return true;
            }

            // "If a stranger asks you to send nudes, block them": a demand someone else makes, told as a warning.
            if (topical && Near(tokens, at, -8, -1, "asks") && Near(tokens, at, -12, -1, "someone"))
            {
                return true;
            }

            return (In("programme", token.Key) || In("programme", Stem(token.Key))) && topical && !Aimed(tokens, at);
        });
    }

    // A letter, then letters hidden by stars: "f***", "f***ing", "sh*t", "b****"; never a lone "*" or "*hug*".
    private static bool Starred(string raw)
    {
        var first = raw.IndexOf('*', StringComparison.Ordinal);
        if (first <= 0 || !char.IsLetter(raw[0]))
        {
            return false;
        }

        var stars = raw.Count(c => c == '*');
        var letters = raw.Count(char.IsLetter);
        return stars >= 1 && letters >= 1 && raw.Length >= 3 && raw[^1] != '*' ? stars + letters >= 3 : stars >= 2;
    }

    private static bool Insult(List<Token> tokens, int i)
    {
        var clause = tokens[i].Clause;
        if (Near(tokens, i, -Before, -1, "negation") || Near(tokens, i, 1, 2, "negation") || Near(tokens, i, -6, -1, "report") || Near(tokens, i, 1, 2, "report"))
        {
            return false;
        }

        if (Near(tokens, i, -Before, -1, "target-you") || Near(tokens, i, 1, 2, "target-you") || Near(tokens, i, -3, -1, "target-other")
            || Near(tokens, i, -2, -1, "vocative") || Near(tokens, i, 1, 2, "aimed-after") || Near(tokens, i, -3, -1, "copula"))
        {
            return true;
        }

        // A name-calling on its own: "idiot!", "loser lol", "গাধা কোথাকার".
        var start = tokens.FindIndex(t => t.Clause == clause);
        var length = tokens.Count(t => t.Clause == clause);
        return i == start && length <= 3;
    }

    private static bool Violence(List<Token> tokens, int i)
    {
        var t = tokens[i];
        if (In("violence", t.Key))
        {
            if (!Near(tokens, i, 1, 3, "target-you") && !Near(tokens, i, 1, 2, "target-other"))
            {
                return false;
            }

            if (Near(tokens, i, -Before, -1, "negation") || Near(tokens, i, -6, -1, "report"))
            {
                return false;
            }

            // "I'll beat you", "we're gonna kill him", or an order: "kill him".
            var first = tokens.FindIndex(x => x.Clause == t.Clause);
            return Near(tokens, i, -Before, -1, "intent") || i == first || (i - first == 1 && tokens[first].Key is "just" or "go" or "lets" or "pls" or "please");
        }

        var future = ViolenceFuture(t.Key) || (In("violence-stem", t.Key) && (Near(tokens, i, 1, 3, "future")));
        return future && !Near(tokens, i, 1, 2, "negation") && (Near(tokens, i, -6, 2, "target-you") || Near(tokens, i, -6, 2, "target-other"));
    }

    // "I will tell everyone your secret", "তোর ছবি ভাইরাল করে দেব", "tor kotha sobaike bole dibo".
    private static bool Exposure(List<Token> tokens, int i)
    {
        var t = tokens[i];
        if (!In("expose", t.Key) || Near(tokens, i, -Before, -1, "negation"))
        {
            return false;
        }

        var english = Near(tokens, i, -3, -1, "intent") && Near(tokens, i, 1, 4, "exposed") && (Near(tokens, i, 1, 4, "target-you") || Near(tokens, i, 1, 2, "exposed"));
        var bangla = Near(tokens, i, 1, 3, "future") && Near(tokens, i, -5, -1, "exposed") && Near(tokens, i, -6, -1, "target-you");
        return english || bangla;
    }

    // A demand and a condition in one answer: "send me pics or else", "টাকা না দিলে ...".
    private static int? Coercion(List<Token> tokens)
    {
        var condition = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (In("condition", tokens[i].Key) || In("tell-if", tokens[i].Key) || (i + 1 < tokens.Count && In("condition-pair", tokens[i].Key + ":" + tokens[i + 1].Key))
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
        var media = tokens.FindIndex(t => In("exposed-media", t.Key));
        var exposure = tokens.FindIndex(condition, t => In("exposure-future", t.Key) || In("expose", t.Key) || (media >= 0 && Future(t.Key)));
        if (exposure > condition && (media >= 0 || tokens.Exists(t => In("target-you", t.Key))))
        {
            return exposure;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (In("demand", tokens[i].Key) && Near(tokens, i, 1, 4, "demand-object") && !Near(tokens, i, -2, -1, "negation"))
            {
                // The condition must carry a consequence: a threat, an exposure or a future verb after it.
                for (var k = condition + 1; k < tokens.Count && k <= condition + 8; k++)
                {
                    if (In("intent", tokens[k].Key) || In("expose", tokens[k].Key) || In("future", tokens[k].Key) || In("violence", tokens[k].Key)
                        || ViolenceFuture(tokens[k].Key) || tokens[k].Key is "else")
                    {
                        return i;
                    }
                }
            }
        }

        return null;
    }

    // "send me nudes", "show me your body", "I want to kiss you", "তোকে চুমু দিতে চাই".
    private static bool SexualDemand(List<Token> tokens, int i)
    {
        var t = tokens[i];
        if (In("sexual-object", t.Key))
        {
            // "send me nudes", or a wish to see: "I wanna see u naked", "তোর শরীর দেখতে চাই".
            var asked = Near(tokens, i, -4, -1, "demand") || (Near(tokens, i, -5, 3, "want") && Near(tokens, i, -4, 2, "see"));
            return asked && !Near(tokens, i, -6, -1, "negation") && !Near(tokens, i, -6, -1, "topic");
        }

        return In("touch", t.Key) && (Near(tokens, i, 1, 2, "target-you") || Near(tokens, i, -3, -1, "target-you"))
            && (Near(tokens, i, -3, -1, "intent") || Near(tokens, i, -3, -1, "want") || t.Key is "চুমু" or "chumu")
            && !Near(tokens, i, -4, -1, "negation") && !Near(tokens, i, -6, -1, "topic");
    }

    // "nobody likes u", "keu tore pochondo kore na": rejection aimed at someone.
    private static int? Rejected(List<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (In("nobody", tokens[i].Key) && Near(tokens, i, 1, 2, "rejects") && (Near(tokens, i, 1, 4, "target-you") || Near(tokens, i, -3, -1, "target-you")))
            {
                return i;
            }
        }

        return null;
    }

    // "I have ur photos already", "তোর ছবি আমার কাছে আছে": holding someone's pictures is leverage.
    private static bool Possession(List<Token> tokens) =>
        tokens.Exists(t => In("exposed-media", t.Key))
        && tokens.Exists(t => In("target-you", t.Key))
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
        if (!In("body", tokens[i].Key))
        {
            return false;
        }

        var clause = tokens[i].Clause;
        return leer || Near(tokens, i, -3, 3, "leer") || (Near(tokens, i, -3, -1, "target-you") && tokens.Exists(t => t.Clause == clause && In("leer", t.Key)));
    }

    // "তোকে একা পেলে অনেক আদর করবো", "raat e inbox e ashis, moja er kotha", "এক রাতের জন্য কত নিবি".
    private static int? NightAlone(List<Token> tokens)
    {
        var night = tokens.FindIndex(t => In("night-alone", t.Key));
        return night >= 0 && tokens.Exists(t => In("night-act", t.Key)) ? night : null;
    }

    // "your face", "tor haddi", "তোর মুখ ভেঙে ...": what violence is done to, with "your" before and a future verb after;
    // "ur dead", "দেখবো তোকে কে বাঁচায়", "খবর আছে তোর", "hisab hobe".
    private static bool Menace(List<Token> tokens, int i)
    {
        var t = tokens[i];
        if (In("harm-object", t.Key) && Near(tokens, i, -3, -1, "target-you"))
        {
            for (var k = i + 1; k < tokens.Count && k <= i + 5 && tokens[k].Clause == t.Clause; k++)
            {
                if (Future(tokens[k].Key) || In("violence", tokens[k].Key) || In("violence-stem", tokens[k].Key))
                {
                    return true;
                }
            }
        }

        return (t.Key is "dead" or "মরবি" or "morbi" && Near(tokens, i, -2, -1, "target-you"))
            || (In("menace", t.Key) && (Near(tokens, i, -4, 4, "target-you") || tokens.Exists(x => In("menace", x.Key) && x.Start != t.Start)));
    }

    // "ছুরি নিয়ে আসবো কাল", "I'll throw acid on anyone": a weapon with a future act.
    private static bool Weapon(List<Token> tokens, int i)
    {
        var t = tokens[i];
        return In("weapon", t.Key) && tokens.Exists(x => x.Clause == t.Clause && (Future(x.Key) || In("intent", x.Key)));
    }

    // Bangla and Banglish first-person future verbs: "দেবো", "রাখবো", "ফেলমু", "dibo", "korbo", "dimu".
    private static bool Future(string key) =>
        In("future", key) || ViolenceFuture(key)
        || (key.Length >= 3 && (key.EndsWith("বো", StringComparison.Ordinal) || key.EndsWith("মু", StringComparison.Ordinal)))
        || (key.Length >= 4 && char.IsAsciiLetter(key[0]) && (key.EndsWith("bo", StringComparison.Ordinal) || key.EndsWith("mu", StringComparison.Ordinal)));

    // A swear word typed in pieces: "চু দি", "হারা ম জা দা", "chu di".
    private static int? Pieces(List<Token> tokens, int i)
    {
        if (tokens[i].Key.Length > 4)
        {
            return null;
        }

        var joined = tokens[i].Key;
        for (var k = i + 1; k < tokens.Count && k <= i + 3 && tokens[k].Key.Length <= 4 && tokens[k].Clause == tokens[i].Clause; k++)
        {
            joined = Squeeze(joined + tokens[k].Key);
            if (In("swear-stem", joined))
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>Whether a programme word is aimed at a person: asked for ("send nudes"), or with "you" beside it and no advice word.</summary>
    private static bool Aimed(List<Token> tokens, int i) =>
        (Near(tokens, i, -3, -1, "demand") && !Near(tokens, i, -5, -1, "negation"))
        || (Near(tokens, i, 1, 2, "target-you") && tokens.Skip(Math.Max(0, i - 2)).Take(5).Any(t => t.Key is "with" or "korbi" or "korba" or "korbe" or "করবি" or "করবে"));

    private static bool Hypothetical(List<Token> tokens, int i) =>
        Near(tokens, i, -12, -1, "someone") && (Near(tokens, i, -12, 3, "report") || Near(tokens, i, -12, -1, "if"));

    private static bool Near(List<Token> tokens, int i, int from, int to, string role)
    {
        var clause = tokens[i].Clause;
        for (var k = Math.Max(0, i + from); k <= i + to && k < tokens.Count; k++)
        {
            if (k != i && tokens[k].Clause == clause && In(role, tokens[k].Key))
            {
                return true;
            }
        }

        return false;
    }

    // A Bengali case ending or an English plural off a word ("ধর্ষনের" → "ধর্ষন", "rapes" → "rape"), for the programme words.
    private static string Stem(string key)
    {
        foreach (var ending in (string[])["গুলো", "দের", "এর", "ের", "কে", "টা", "র", "ে", "s"])
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
        "insult", "body", "group", "derogatory", "sexual-object", "harm-object", "weapon");

    private static readonly string[] Endings =
    [
        "টাকে", "টারে", "গুলো", "গুলা", "দের", "টা", "টি", "কে", "রে", "ের", "এর", "র", "রা",
        "take", "tare", "gula", "gulo", "der", "ta", "ti", "ke", "re", "er", "ra", "r", "es", "s",
    ];

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

    private static bool ViolenceFuture(string key)
    {
        if (In("violence-future", key))
        {
            return true;
        }

        foreach (var ending in FutureEndings)
        {
            if (key.Length > ending.Length + 2 && key.EndsWith(ending, StringComparison.Ordinal) && In("violence-root", key[..^ending.Length]))
            {
                return true;
            }
        }

        return false;
    }

    private static List<Token> Tokens(Skeleton skeleton, string text)
    {
        var tokens = new List<Token>();
        var clause = 0;
        var previousEnd = 0;
        foreach (var (index, length) in skeleton.WordSpans())
        {
            var raw = skeleton.Text.Substring(index, length);
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
            tokens.Add(new Token(Squeeze(raw.Replace("*", "", StringComparison.Ordinal)), raw, clause, start, end));
        }

        return tokens;
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
