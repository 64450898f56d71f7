using Sajag.Safety.Normalise;

namespace Sajag.Safety.Check;

/// <summary>
/// The check's composed rules: a sign made of parts that may sit in different messages of one person, each part a
/// <c>role:</c> section of the lexicons (an audience, a spreading verb, the material held, a visit, a gift, an offer).
/// What is composed here is the same in English, Bangla and Banglish; only the role words differ by language.
/// </summary>
/// <remarks>
/// An exposure threat is a spreading verb with an audience, about material the person says they hold (or sent, or names
/// in the same message). It is blackmail when the same person also demands something or sets a condition anywhere in the
/// chat, and a bullying threat otherwise. A visit (coming over, waiting somewhere) is a meeting request from someone who
/// already checked whether the young person is alone, asked for secrecy, flattered or offered gifts. A gift is a thing
/// with an offer. Material the young person calls sexual, just after a contact sent a photo or a link, was sexual material
/// sent. A condition is also read from Bangla and Banglish grammar: না + a verb in -লে ("না দিলে", "na pathaile"),
/// যদি/jodi … না/na.
/// </remarks>
internal static class ConversationRules
{
    /// <summary>How many messages after a photo or link the young person's words can still name it.</summary>
    public const int NamingWindow = 3;

    /// <summary>The explanation keys of the composed findings (<see cref="CheckTexts"/>).</summary>
    public const string ExposureThreat = "rule.exposure-threat";
    public const string Blackmail = "rule.blackmail";
    public const string Visit = "rule.visit";
    public const string GiftOffer = "rule.gift-offer";
    public const string NamedMaterial = "rule.named-material";
    public const string ConditionAfterNo = "rule.condition-after-no";

    /// <summary>Their own picture sent, then one "like mine" asked back, by someone who courts or blackmails.</summary>
    public const string Exchange = "rule.exchange";

    /// <summary>The contact's answer, without the claim again, when the young person questioned who they said they were.</summary>
    public const string Questioned = "rule.questioned-identity";

    /// <summary>A question whether the young person is by themselves, or the parents away or asleep.</summary>
    public const string AloneAsked = "rule.alone-asked";

    /// <summary>Love declared and said to be like no other.</summary>
    public const string LoveUnique = "rule.love-unique";

    /// <summary>An app named with a reason about not being seen.</summary>
    public const string PrivateApp = "rule.private-app";
    public const string ObjectedMaterial = "rule.objected-material";
    public const string YourTurn = "rule.your-turn";
    public const string ObjectedTalk = "rule.objected-talk";
    public const string BodyTalk = "rule.body-talk";

    private static readonly string No = TextNormaliser.Token("না");
    private static readonly string If = TextNormaliser.Token("যদি");
    private static readonly HashSet<string> LatinNo = new(["na", "naa", "nah"], StringComparer.Ordinal);
    private static readonly HashSet<string> LatinIf = new(["jodi", "jdi", "zodi"], StringComparer.Ordinal);
    private static readonly string Then = TextNormaliser.Token("তাহলে");
    private static readonly HashSet<string> LatinThen = new(["tahole", "tahle", "taile", "then"], StringComparer.Ordinal);

    /// <summary>
    /// A condition by grammar: "না দিলে", "na ashle" (না/na then a verb ending in -লে/-le), or "যদি … না", "jodi … na"
    /// within six words. Returns the words as written, or null.
    /// </summary>
    public static string? Conditional(NormalisedText text)
    {
        var t = text.Text;
        if (!t.Contains(" na", StringComparison.Ordinal) && !t.Contains(" " + No + " ", StringComparison.Ordinal))
        {
            return null;
        }

        // Text is " token token ... ": token i starts at starts[i].
        var tokens = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var starts = new int[tokens.Length];
        for (int i = 0, at = 1; i < tokens.Length; at += tokens[i].Length + 1, i++)
        {
            starts[i] = at;
        }

        for (var i = 0; i < tokens.Length; i++)
        {
            var w = tokens[i];
            var latin = LatinNo.Contains(w);
            if ((w == No || latin) && i + 1 < tokens.Length)
            {
                var next = tokens[i + 1];
                // "pacche na, ashle bolis": a comma between them ends the no's clause.
                // "কোন কলেজ? না স্কুলে?": a না that opens a question after a question is "or".
                if (next.Length >= 3 && (next.EndsWith("লে", StringComparison.Ordinal) || (latin && next.EndsWith("le", StringComparison.Ordinal))) && OnlySpaceBetween(text, i)
                    && !AfterQuestion(text, i))
                {
                    return text.OriginalOf(starts[i], starts[i + 1] + next.Length - starts[i]);
                }
            }

            if (w == If || LatinIf.Contains(w))
            {
                for (var j = i + 1; j < tokens.Length && j <= i + 6; j++)
                {
                    if (tokens[j] == No || LatinNo.Contains(tokens[j]))
                    {
                        return text.OriginalOf(starts[i], starts[j] + tokens[j].Length - starts[i]);
                    }
                }
            }
        }

        return null;
    }

    // Whether token i comes right after a question mark in the text as written.
    private static bool AfterQuestion(NormalisedText text, int token)
    {
        if (token == 0 || token >= text.Spans.Count)
        {
            return false;
        }

        var (start, length) = text.Spans[token - 1];
        return text.Original[(start + length)..text.Spans[token].Start].Contains('?', StringComparison.Ordinal);
    }

    // Whether token i and the next are separated by white space only in the text as written.
    private static bool OnlySpaceBetween(NormalisedText text, int token)
    {
        if (token + 1 >= text.Spans.Count)
        {
            return false;
        }

        var (start, length) = text.Spans[token];
        var next = text.Spans[token + 1].Start;
        return string.IsNullOrWhiteSpace(text.Original[(start + length)..next]);
    }

    /// <summary>"তাহলে", "tahole", "then": a consequence, a condition when it comes with a threat.</summary>
    public static bool Consequence(NormalisedText text)
    {
        foreach (var w in text.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (w == Then || LatinThen.Contains(w))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a message shows a link: the thing sent may be anything, and the young person's words say what.</summary>
    public static bool HasLink(string text) =>
        text.Contains("http", StringComparison.OrdinalIgnoreCase) || text.Contains("www.", StringComparison.OrdinalIgnoreCase)
        || text.Contains(".ly/", StringComparison.OrdinalIgnoreCase) || text.Contains("t.me/", StringComparison.OrdinalIgnoreCase)
        || text.Contains(".com", StringComparison.OrdinalIgnoreCase);
}
