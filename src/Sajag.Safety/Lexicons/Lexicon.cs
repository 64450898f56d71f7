using System.Collections.Frozen;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Sajag.Safety.Normalise;

namespace Sajag.Safety.Lexicons;

/// <summary>
/// The phrases behind each warning sign and each context rule, in English, Bangla and Banglish
/// (<c>Lexicons/*.txt</c>, embedded). A phrase is written in ordinary spelling and normalised like a message.
/// </summary>
/// <remarks>
/// Phrase syntax, one per line under a <c>[section]</c> header: words separated by spaces; <c>(a|b c|)</c> one of several
/// (an empty choice makes it optional); <c>word*</c> any word starting so; <c>..</c> up to three words, <c>...</c>
/// up to six; <c>#</c> a number; <c>!(a|b)</c> any one word but these; <c>^</c> and <c>$</c> the start and end of the message.
/// </remarks>
public sealed class Lexicon
{
    private readonly FrozenDictionary<string, int> _sections;
    private readonly Lazy<Regex[]>[] _patterns;
    private readonly Anchors _anchors;

    private Lexicon(FrozenDictionary<string, int> sections, Lazy<Regex[]>[] patterns, Anchors anchors) =>
        (_sections, _patterns, _anchors) = (sections, patterns, anchors);

    /// <summary>The built-in lexicon.</summary>
    public static Lexicon Default { get; } = Load();

    /// <summary>The expression of each section (for tests: every one runs without backtracking).</summary>
    internal IReadOnlyList<Regex> Expressions => [.. _patterns.SelectMany(p => p.Value)];

    /// <summary>Every section name.</summary>
    public IEnumerable<string> Sections => _sections.Keys;

    /// <summary>The first phrase of <paramref name="section"/> found in <paramref name="text"/>, as the original words; null if none.</summary>
    public string? Find(string section, NormalisedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!_sections.TryGetValue(section, out var index))
        {
            throw new KeyNotFoundException($"No lexicon section '{section}'.");
        }

        // A section none of whose phrases' anchor words is in the text cannot match: most messages skip most sections.
        if (!_anchors.MayMatch(text, index))
        {
            return null;
        }

        // The leftmost match, and of those starting together the earlier piece's: as one expression of all the phrases
        // would find. A match starts with the space before its first word and ends with the space after its last.
        Match? first = null;
        foreach (var piece in _patterns[index].Value)
        {
            var match = piece.Match(text.Text);
            if (match.Success && (first is null || match.Index < first.Index))
            {
                first = match;
            }
        }

        return first is null ? null : text.OriginalOf(first.Index + 1, Math.Max(1, first.Length - 2));
    }

    /// <summary>Whether <paramref name="section"/> may match <paramref name="text"/>: false when the text lacks a word each of its phrases needs.</summary>
    internal bool MayMatch(string section, NormalisedText text) =>
        _sections.TryGetValue(section, out var index) ? _anchors.MayMatch(text, index) : throw new KeyNotFoundException($"No lexicon section '{section}'.");

    /// <summary>Builds a lexicon from section texts (for tests); the built-in one reads the embedded files.</summary>
    public static Lexicon Parse(IEnumerable<string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var phrases = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var anchors = new Dictionary<string, List<List<Anchor[]>>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var (section, line, lineNumber) in Lines(file))
            {
                if (section is null)
                {
                    throw new FormatException($"Lexicon line {lineNumber}: a phrase before any [section].");
                }

                if (!phrases.TryGetValue(section, out var list))
                {
                    phrases[section] = list = [];
                    anchors[section] = [];
                }

                var (regex, needs) = CompileWithAnchors(line, lineNumber);
                list.Add(regex);
                anchors[section].Add(needs);
            }
        }

        // Without backtracking (no look-around, no back-reference), matching is linear in the text, so no timeout: a
        // wall-clock timeout tripped on a busy machine and turned a sign into an exception.
        var names = phrases.Keys.ToArray();
        // Each section's automaton is built when a text first needs it (building all 65 took seconds of CPU): a check that
        // never reaches a section does not pay for it.
        var patterns = names.Select(n => new Lazy<Regex[]>(() => Pieces(phrases[n]))).ToArray();
        return new Lexicon(
            names.Select((n, i) => (n, i)).ToFrozenDictionary(p => p.n, p => p.i, StringComparer.Ordinal),
            patterns,
            new Anchors(names.Select(n => anchors[n]).ToArray()));
    }

    // A section in as few expressions as fit: one automaton may not hold a long section, so one that cannot be built is split
    // in halves until each piece builds (a single phrase always does).
    private static Regex[] Pieces(List<string> phrases)
    {
        try
        {
            return [new Regex(string.Join('|', phrases), RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, Regex.InfiniteMatchTimeout)];
        }
        catch (NotSupportedException) when (phrases.Count > 1)
        {
            var half = phrases.Count / 2;
            return [.. Pieces(phrases[..half]), .. Pieces(phrases[half..])];
        }
    }

    /// <summary>The lines of a word-list file with the <c>[section]</c> each is under: blank lines and <c>#</c> comments left out.</summary>
    internal static IEnumerable<(string? Section, string Line, int Number)> Lines(string file)
    {
        string? section = null;
        var number = 0;
        foreach (var raw in file.Split('\n'))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                section = line[1..^1].Trim();
                continue;
            }

            yield return (section, line, number);
        }
    }

    private static Lexicon Load()
    {
        var assembly = typeof(Lexicon).Assembly;
        var files = assembly.GetManifestResourceNames().Where(n => n.Contains(".Lexicons.", StringComparison.Ordinal) && n.EndsWith(".txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => Read(assembly, n));
        return Parse(files);
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>One phrase as a regular expression over normalised text.</summary>
    internal static string Compile(string phrase, int line = 0) => CompileWithAnchors(phrase, line).Regex;

    /// <summary>
    /// One phrase as a regular expression, and what every match of it holds: one word of each set listed (none listed for
    /// a phrase of only numbers, wildcards or optional parts).
    /// </summary>
    /// <remarks>
    /// The expression takes the space before the phrase's first word (the text starts with one), so that it needs no
    /// look-behind and runs without backtracking; <c>^</c> is that space being the text's first character.
    /// </remarks>
    internal static (string Regex, List<Anchor[]> Anchors) CompileWithAnchors(string phrase, int line = 0)
    {
        var atStart = phrase.StartsWith("^ ", StringComparison.Ordinal) || phrase == "^";
        var position = atStart ? 1 : 0;
        var (regex, anchors) = Sequence(phrase, ref position, line);
        if (position < phrase.Length)
        {
            throw new FormatException($"Lexicon line {line}: unexpected '{phrase[position]}' in '{phrase}'.");
        }

        return ((atStart ? "(?:^ " : "(?: ") + regex + ")", anchors);
    }

    // A sequence needs a word of each of its required parts' sets; a group needs one of the words its choices need (one
    // set per choice, the one with the longest words), nothing if a choice needs nothing (an empty choice is optional).
    private static (string Regex, List<Anchor[]> Anchors) Sequence(string p, ref int i, int line)
    {
        var builder = new StringBuilder();
        var required = new List<Anchor[]>();

        while (i < p.Length)
        {
            var c = p[i];
            if (c == ' ')
            {
                i++;
            }
            else if (c is '|' or ')')
            {
                break;
            }
            else if (c == '(' || (c == '!' && i + 1 < p.Length && p[i + 1] == '('))
            {
                var negative = c == '!';
                i += negative ? 2 : 1;
                var choices = new List<string>();
                var choiceWords = new List<string>();
                var union = new List<Anchor>();
                var anchored = !negative;
                while (true)
                {
                    var choiceStart = i;
                    var (choice, anchors) = Sequence(p, ref i, line);
                    choices.Add(choice);
                    choiceWords.Add(p[choiceStart..i].Trim());
                    anchored &= anchors.Count > 0;
                    if (anchors.Count > 0)
                    {
                        union.AddRange(anchors.MaxBy(set => set.Min(a => a.Token.Length))!);
                    }
                    if (i >= p.Length)
                    {
                        throw new FormatException($"Lexicon line {line}: '(' without ')' in '{p}'.");
                    }

                    if (p[i] == ')')
                    {
                        i++;
                        break;
                    }

                    i++; // '|'
                }

                builder.Append(negative ? AnyWordBut(choiceWords, p, line) : "(?:" + string.Join('|', choices) + ")");
                if (anchored)
                {
                    required.Add([.. union.Distinct()]);
                }
            }
            else
            {
                var start = i;
                while (i < p.Length && p[i] is not (' ' or '|' or '(' or ')'))
                {
                    i++;
                }

                var (regex, anchors) = Word(p[start..i], line);
                builder.Append(regex);
                required.AddRange(anchors);
            }
        }

        return (builder.ToString(), required);
    }

    private static (string Regex, List<Anchor[]> Anchors) Word(string word, int line) => word switch
    {
        ".." => (@"(?:\S+ ){0,3}", []),
        "..." => (@"(?:\S+ ){0,6}", []),
        "#" => (@"(?:\d+ )+", []),
        "^" => throw new FormatException($"Lexicon line {line}: '^' only as a phrase's first word."),
        "$" => (@"\z", []),
        _ when word.EndsWith('*') && word.Length > 1 => Literal(word[..^1], line, prefix: true),
        _ => Literal(word, line, prefix: false),
    };

    /// <summary>
    /// <c>!(a|b)</c>: one word that is none of these words, written without a look-ahead (which would need backtracking) as
    /// the words that leave the tree of the listed spellings somewhere, or stop at a point of it that is not one of them.
    /// </summary>
    private static string AnyWordBut(List<string> words, string phrase, int line)
    {
        var tokens = new List<string>();
        foreach (var word in words)
        {
            var normalised = TextNormaliser.Normalise(word).Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (normalised.Length != 1 || word.Any(c => c is '*' or '#' or '.' or '$'))
            {
                throw new FormatException($"Lexicon line {line}: '!(...)' takes single plain words, not '{word}', in '{phrase}'.");
            }

            tokens.Add(normalised[0]);
        }

        return "(?:" + Differing(tokens.Distinct(StringComparer.Ordinal).ToList(), 0) + ") ";
    }

    // The rest of a word that, after the first `depth` characters shared by `tokens`, is none of them.
    private static string Differing(List<string> tokens, int depth)
    {
        var choices = new List<string>();
        var ends = tokens.Any(t => t.Length == depth);
        if (depth > 0 && !ends)
        {
            choices.Add(""); // the word stops here: a prefix, not one of the words
        }

        var next = tokens.Where(t => t.Length > depth).GroupBy(t => t[depth]).OrderBy(g => g.Key).ToList();
        foreach (var group in next)
        {
            choices.Add(Regex.Escape(group.Key.ToString()) + "(?:" + Differing([.. group], depth + 1) + ")");
        }

        var other = string.Concat(next.Select(g => g.Key switch { '\\' or ']' or '[' or '^' or '-' => "\\" + g.Key, var c => c.ToString() }));
        choices.Add($"[^\\s{other}]\\S*");
        return string.Join('|', choices);
    }

    private static (string Regex, List<Anchor[]> Anchors) Literal(string word, int line, bool prefix)
    {
        var tokens = TextNormaliser.Normalise(word).Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0)
        {
            throw new FormatException($"Lexicon line {line}: '{word}' has no letters.");
        }

        var builder = new StringBuilder();
        for (var k = 0; k < tokens.Length; k++)
        {
            builder.Append(Regex.Escape(tokens[k]));
            builder.Append(prefix && k == tokens.Length - 1 ? @"\S* " : " ");
        }

        // Each token must be in the text: whole, or as a word's start for the last when the phrase says "word*".
        return (builder.ToString(), tokens.Select((t, k) => new[] { new Anchor(t, prefix && k == tokens.Length - 1) }).ToList());
    }
}

/// <summary>A word a phrase's match must hold: the whole token, or (for "word*") a token starting so.</summary>
internal readonly record struct Anchor(string Token, bool Prefix);

/// <summary>
/// Which sections may match a text, from its tokens alone: a phrase matches only a text holding a word of each of its
/// required sets, so a section none of whose phrases has them all is not run. One look-up per token (and per prefix
/// length), worked out once per text and kept with it.
/// </summary>
internal sealed class Anchors
{
    private const int MaxRequired = 64;

    private readonly bool[] _always;
    private readonly int[] _sectionOf;
    private readonly ulong[] _full;
    private readonly Dictionary<string, (int Phrase, int Part)[]>.AlternateLookup<ReadOnlySpan<char>> _exact;
    private readonly Dictionary<string, (int Phrase, int Part)[]>.AlternateLookup<ReadOnlySpan<char>> _prefix;
    private readonly int[] _prefixLengths;

    [ThreadStatic]
    private static ulong[]? t_seen;

    public Anchors(IReadOnlyList<List<List<Anchor[]>>> sections)
    {
        _always = new bool[sections.Count];
        var sectionOf = new List<int>();
        var full = new List<ulong>();
        var exact = new Dictionary<string, List<(int, int)>>(StringComparer.Ordinal);
        var prefix = new Dictionary<string, List<(int, int)>>(StringComparer.Ordinal);
        for (var s = 0; s < sections.Count; s++)
        {
            foreach (var phrase in sections[s])
            {
                if (phrase.Count == 0)
                {
                    _always[s] = true;
                    continue;
                }

                var id = sectionOf.Count;
                sectionOf.Add(s);
                var parts = Math.Min(phrase.Count, MaxRequired);
                full.Add(parts == 64 ? ulong.MaxValue : (1UL << parts) - 1);
                for (var part = 0; part < parts; part++)
                {
                    foreach (var anchor in phrase[part].Distinct())
                    {
                        var map = anchor.Prefix ? prefix : exact;
                        if (!map.TryGetValue(anchor.Token, out var list))
                        {
                            map[anchor.Token] = list = [];
                        }

                        list.Add((id, part));
                    }
                }
            }
        }

        (_sectionOf, _full) = ([.. sectionOf], [.. full]);
        _exact = exact.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _prefix = prefix.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixLengths = [.. prefix.Keys.Select(k => k.Length).Distinct().Order()];
    }

    /// <summary>Whether section <paramref name="section"/> may match <paramref name="text"/>.</summary>
    public bool MayMatch(NormalisedText text, int section)
    {
        if (_always[section])
        {
            return true;
        }

        if (!ReferenceEquals(text.SectionsOwner, this))
        {
            text.Sections = Candidates(text.Text);
            text.SectionsOwner = this;
        }

        return text.Sections![section];
    }

    private bool[] Candidates(string text)
    {
        var seen = t_seen ??= new ulong[_full.Length];
        if (seen.Length < _full.Length)
        {
            seen = t_seen = new ulong[_full.Length];
        }

        var touched = new List<int>();
        foreach (var range in text.AsSpan().Split(' '))
        {
            var token = text.AsSpan(range);
            if (token.IsEmpty)
            {
                continue;
            }

            if (_exact.TryGetValue(token, out var hits))
            {
                Mark(seen, hits, touched);
            }

            foreach (var length in _prefixLengths)
            {
                if (length > token.Length)
                {
                    break;
                }

                if (_prefix.TryGetValue(token[..length], out hits))
                {
                    Mark(seen, hits, touched);
                }
            }
        }

        var found = new bool[_always.Length];
        foreach (var phrase in touched)
        {
            found[_sectionOf[phrase]] |= seen[phrase] == _full[phrase];
            seen[phrase] = 0;
        }

        return found;
    }

    private static void Mark(ulong[] seen, (int Phrase, int Part)[] hits, List<int> touched)
    {
        foreach (var (phrase, part) in hits)
        {
            if (seen[phrase] == 0)
            {
                touched.Add(phrase);
            }

            seen[phrase] |= 1UL << part;
        }
    }
}
