using System.Collections.Frozen;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Sajag.Safety.Lexicons;

namespace Sajag.Safety.Moderation;

/// <summary>How a term of the word list matches.</summary>
internal enum TermMode
{
    /// <summary>Anywhere inside a word, so joined-up spellings count ("fuckboy", "motherfucker"); for strong words no clean word contains.</summary>
    Anywhere,

    /// <summary>Only as a whole word, with one of the listed endings ("bitches", "মাগির"); for short words hidden inside clean ones ("grape", "বালক").</summary>
    Word,

    /// <summary>Words in a row, matched whole ("i will kill you", "ছবি ভাইরাল করে দেব").</summary>
    Phrase,
}

/// <summary>
/// The moderation word lists (<c>Moderation/Words/*.txt</c>, embedded), compiled into one expression per category and mode
/// over a <see cref="Skeleton"/>.
/// </summary>
/// <remarks>
/// Each letter of a term matches itself any number of times ("fuuuck"; in whole words once or three times or more), a '*' in its place except as the first letter
/// ("f*ck"), and 'u' matches 'v' ("fvck"). A hidden letter never outnumbers the letters shown, so "f***" is not taken for
/// anything. The expressions run with <see cref="RegexOptions.NonBacktracking"/>, so matching time is linear in the text.
/// </remarks>
internal sealed class WordList
{
    private readonly List<(ModerationReason Reason, TermMode Mode, Regex Pattern)> _patterns;
    private readonly FrozenSet<string> _allowed;
    private readonly ScriptUnions _any;

    private WordList(List<(ModerationReason, TermMode, Regex)> patterns, FrozenSet<string> allowed, ScriptUnions any)
    {
        _patterns = patterns;
        _allowed = allowed;
        _any = any;
    }

    /// <summary>The letters every match of a term holds: a Latin letter, a Bengali one, both, or neither that is certain.</summary>
    [Flags]
    private enum Script
    {
        None = 0,
        Latin = 1,
        Bengali = 2,
    }

    /// <summary>
    /// The union of every expression, in pieces by the letters their terms need: an answer in Latin letters only is never
    /// searched for the Bengali terms, nor a Bangla one for the Latin terms.
    /// </summary>
    private sealed record ScriptUnions(Regex[] Latin, Regex[] Bengali, Regex[] Either)
    {
        public bool IsEmpty => Latin.Length + Bengali.Length + Either.Length == 0;
    }

    /// <summary>
    /// Off on this thread: every expression runs even where the union of them all finds nothing. The equivalence test
    /// compares the findings both ways.
    /// </summary>
    [field: ThreadStatic]
    public static bool UnionOff { get; set; }

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    public static WordList Default { get; } = Parse(ReadEmbedded());

    /// <summary>Every category, mode and term span found in <paramref name="text"/>, spans in the original text.</summary>
    public List<(ModerationReason Reason, int Start, int End)> Find(string text) => Find(Skeleton.Build(text));

    /// <summary>Every category, mode and term span found in a text already built into its <paramref name="skeleton"/>.</summary>
    public List<(ModerationReason Reason, int Start, int End)> Find(Skeleton skeleton)
    {
        var found = new List<(ModerationReason, int, int)>();

        // One pass of the union of every expression first: a text it finds nothing in (most answers) has no match of any
        // of them, so the dozen passes of the separate expressions, which say which category and where, are skipped.
        if (!_any.IsEmpty && !UnionOff && !AnyMatches(skeleton.Text))
        {
            return found;
        }

        foreach (var (reason, mode, pattern) in _patterns)
        {
            // EnumerateMatches: the same matches as Matches, with no objects made for a text that has none.
            foreach (var match in pattern.EnumerateMatches(skeleton.Text))
            {
                var value = skeleton.Text.Substring(match.Index, match.Length).Trim(' ');
                var hidden = value.Count(c => c == '*');
                if (hidden > 0 && hidden > value.Count(char.IsLetter))
                {
                    continue;
                }

                // A strong word inside a word masks the whole word ("f***" for "fucking"), unless the word is a clean one
                // that happens to contain it (the allow list: "shiitake").
                var (index, length) = (match.Index, match.Length);
                if (mode == TermMode.Word && _allowed.Contains(value))
                {
                    continue;
                }

                if (mode == TermMode.Anywhere)
                {
                    (index, length) = skeleton.WordAt(match.Index);
                    if (_allowed.Contains(skeleton.Text.Substring(index, length)))
                    {
                        continue;
                    }
                }

                var (start, end) = skeleton.SpanOf(index, length);
                if (end > start)
                {
                    found.Add((reason, start, end));
                }
            }
        }

        return found;
    }

    private bool AnyMatches(string text)
    {
        // A term that needs a Latin letter matches only an ASCII letter (the skeleton makes look-alikes and accented letters
        // plain ASCII), and one that needs a Bengali letter only that letter.
        var span = text.AsSpan();
        return ((span.IndexOfAnyInRange('a', 'z') >= 0 || span.IndexOfAnyInRange('A', 'Z') >= 0) && AnyMatches(_any.Latin, text))
            || (span.IndexOfAnyInRange('\u0980', '\u09FF') >= 0 && AnyMatches(_any.Bengali, text))
            || AnyMatches(_any.Either, text);
    }

    private static bool AnyMatches(Regex[] unions, string text)
    {
        foreach (var union in unions)
        {
            if (union.IsMatch(text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Builds the lists from the files' texts (for tests; the default reads the embedded files).</summary>
    public static WordList Parse(IEnumerable<string> files)
    {
        var terms = new Dictionary<(ModerationReason, TermMode), List<(string Expression, Script Needs)>>();
        var suffixes = new List<string>();
        var allowed = new List<string>();
        foreach (var file in files)
        {
            foreach (var (section, line, number) in Lexicon.Lines(file))
            {
                switch (section)
                {
                    case "suffixes":
                        suffixes.AddRange(line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Skeleton.Fold));
                        break;
                    case "allow":
                        allowed.AddRange(line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Skeleton.Fold));
                        break;
                    case "abuse" or "sexual" or "threat" or "slur":
                        var reason = Enum.Parse<ModerationReason>(section, ignoreCase: true);
                        var space = line.IndexOf(' ', StringComparison.Ordinal);
                        var mode = space < 0 ? null : line[..space] switch
                        {
                            "anywhere" => TermMode.Anywhere,
                            "word" => TermMode.Word,
                            "phrase" => TermMode.Phrase,
                            _ => (TermMode?)null,
                        };
                        if (mode is not { } m)
                        {
                            throw new FormatException($"Moderation word list line {number}: start with 'anywhere', 'word' or 'phrase', then the term: '{line}'.");
                        }

                        var term = line[(space + 1)..].Trim();
                        if (!terms.TryGetValue((reason, m), out var list))
                        {
                            terms[(reason, m)] = list = [];
                        }

                        if (m == TermMode.Phrase)
                        {
                            list.Add(Phrase(term, number));
                        }
                        else
                        {
                            var single = Single(term, number);
                            list.Add((Letters(single, stretchOnly: m == TermMode.Word), Needs(single)));
                        }

                        break;
                    default:
                        throw new FormatException($"Moderation word list line {number}: '{line}' is not under [abuse], [sexual], [threat], [slur], [suffixes] or [allow].");
                }
            }
        }

        var ending = suffixes.Count == 0 ? "" : "(?:" + string.Join('|', suffixes.Distinct().OrderByDescending(s => s.Length).Select(Regex.Escape)) + ")?";
        var patterns = new List<(ModerationReason, TermMode, Regex)>();
        var union = new Dictionary<Script, List<string>> { [Script.Latin] = [], [Script.Bengali] = [], [Script.None] = [] };
        foreach (var ((reason, mode), list) in terms.OrderBy(t => t.Key.Item1).ThenBy(t => t.Key.Item2))
        {
            // Without backtracking, matching is linear in the text, so no timeout: a timeout counts wall-clock time,
            // including the lazy building of the automaton, and on a busy server it would turn a harmful answer into
            // "nothing found" (Moderator answers a timeout with no findings).
            patterns.Add((reason, mode, new Regex(Pattern(mode, list.Select(t => t.Expression), ending), Options, Regex.InfiniteMatchTimeout)));

            // A term that needs both kinds of letter is searched only in a text with Bengali letters.
            foreach (var group in list.GroupBy(t => t.Needs.HasFlag(Script.Bengali) ? Script.Bengali : t.Needs))
            {
                union[group.Key].Add(Pattern(mode, group.Select(t => t.Expression), ending));
            }
        }

        var any = new ScriptUnions(Unions(union[Script.Latin]), Unions(union[Script.Bengali]), Unions(union[Script.None]));
        return new WordList(patterns, allowed.ToFrozenSet(StringComparer.Ordinal), any);
    }

    private static string Pattern(TermMode mode, IEnumerable<string> terms, string ending)
    {
        var alternatives = string.Join('|', terms);
        return mode switch
        {
            TermMode.Word => $" (?:{alternatives}){ending} ",
            _ => $"(?:{alternatives})",
        };
    }

    // What every match of a folded word's expression (Letters) holds: its first letter as written (or 'v' for 'u'; a later
    // Latin letter may be a '*'), and every Bengali letter.
    private static Script Needs(string folded) =>
        (char.IsAsciiLetterLower(folded[0]) ? Script.Latin : Script.None)
        | (folded.AsSpan().IndexOfAnyInRange('\u0980', '\u09FF') >= 0 ? Script.Bengali : Script.None);

    // The union is only a shortcut, built in as few pieces as fit: one automaton may not hold every list, so a union that
    // cannot be built is split in halves until each piece builds (a single expression always does: it runs on its own).
    private static Regex[] Unions(List<string> union)
    {
        if (union.Count == 0)
        {
            return [];
        }

        try
        {
            return [new Regex(string.Join('|', union.Select(p => $"(?:{p})")), Options, Regex.InfiniteMatchTimeout)];
        }
        catch (NotSupportedException) when (union.Count > 1)
        {
            var half = union.Count / 2;
            return [.. Unions(union[..half]), .. Unions(union[half..])];
        }
    }

    private static string Single(string term, int number)
    {
        var folded = Skeleton.Fold(term);
        if (folded.Length == 0 || folded.Contains(' ', StringComparison.Ordinal))
        {
            throw new FormatException($"Moderation word list line {number}: '{term}' should be one word (use 'phrase' for several).");
        }

        return folded;
    }

    // A phrase: words separated by spaces; (a|b) one of several, (a|b|) optional; ".." up to three words of anything. What
    // every match holds is what its words that are not optional hold (of a choice, what all its words hold).
    private static (string Expression, Script Needs) Phrase(string phrase, int number)
    {
        var builder = new StringBuilder();
        var needs = Script.None;
        foreach (var word in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word == "..")
            {
                builder.Append(@"(?: \S+ ){0,3}");
            }
            else if (word.StartsWith('(') && word.EndsWith(')'))
            {
                var choices = word[1..^1].Split('|');
                var present = choices.Where(c => c.Length > 0).Select(c => Single(c, number)).ToList();
                var optional = choices.Any(c => c.Length == 0);
                builder.Append("(?: (?:").Append(string.Join('|', present.Select(c => Letters(c)))).Append(") )").Append(optional ? "?" : "");
                needs |= optional ? Script.None : present.Aggregate(Script.Latin | Script.Bengali, (all, c) => all & Needs(c));
            }
            else
            {
                var single = Single(word, number);
                builder.Append(" (?:").Append(Letters(single)).Append(") ");
                needs |= Needs(single);
            }
        }

        return (builder.ToString(), needs);
    }

    /// <summary>A folded term as an expression: each run of one letter matches that letter at least as many times.</summary>
    /// <param name="term">The folded term.</param>
    /// <param name="stretchOnly">A single letter matches once or stretched to three or more ("baaal"), never exactly twice:
    /// a doubled letter makes a different, clean word ("bal" → "ball", "magi" → "maggi"). For whole words, whose short
    /// spellings collide with clean words; strong words match inside words and collide with none.</param>
    internal static string Letters(string term, bool stretchOnly = false)
    {
        var builder = new StringBuilder();
        var k = 0;
        while (k < term.Length)
        {
            var c = term[k];
            var run = 1;
            while (k + run < term.Length && term[k + run] == c)
            {
                run++;
            }

            var letters = char.IsAsciiLetterLower(c) ? c + (c == 'u' ? "v" : "") + (k > 0 ? "*" : "") : "";
            var one = letters.Length > 1 ? $"[{letters.Replace("*", @"\*", StringComparison.Ordinal)}]" : Regex.Escape(c.ToString());
            builder.Append(one).Append(run > 1 ? $"{{{run},}}" : stretchOnly ? $"(?:{one}{one}+)?" : "+");
            k += run;
        }

        return builder.ToString();
    }

    private static List<string> ReadEmbedded()
    {
        var assembly = typeof(WordList).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.Contains(".Moderation.Words.", StringComparison.Ordinal) && n.EndsWith(".txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => Read(assembly, n))
            .ToList();
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
