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
    private readonly FrozenDictionary<string, Regex> _sections;

    private Lexicon(FrozenDictionary<string, Regex> sections) => _sections = sections;

    /// <summary>The built-in lexicon.</summary>
    public static Lexicon Default { get; } = Load();

    /// <summary>Every section name.</summary>
    public IEnumerable<string> Sections => _sections.Keys;

    /// <summary>The first phrase of <paramref name="section"/> found in <paramref name="text"/>, as the original words; null if none.</summary>
    public string? Find(string section, NormalisedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!_sections.TryGetValue(section, out var regex))
        {
            throw new KeyNotFoundException($"No lexicon section '{section}'.");
        }

        var match = regex.Match(text.Text);
        return match.Success ? text.OriginalOf(match.Index, Math.Max(1, match.Length - 1)) : null;
    }

    /// <summary>Builds a lexicon from section texts (for tests); the built-in one reads the embedded files.</summary>
    public static Lexicon Parse(IEnumerable<string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var phrases = new Dictionary<string, List<string>>(StringComparer.Ordinal);
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
                }

                list.Add(Compile(line, lineNumber));
            }
        }

        return new Lexicon(phrases.ToFrozenDictionary(
            p => p.Key,
            p => new Regex("(?<= )(?:" + string.Join('|', p.Value) + ")", RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(10)),
            StringComparer.Ordinal));
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
    internal static string Compile(string phrase, int line = 0)
    {
        var position = 0;
        var regex = Sequence(phrase, ref position, line);
        if (position < phrase.Length)
        {
            throw new FormatException($"Lexicon line {line}: unexpected '{phrase[position]}' in '{phrase}'.");
        }

        return "(?:" + regex + ")";
    }

    private static string Sequence(string p, ref int i, int line)
    {
        var builder = new StringBuilder();
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
                while (true)
                {
                    choices.Add(Sequence(p, ref i, line));
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

                var group = "(?:" + string.Join('|', choices) + ")";
                builder.Append(negative ? $"(?!{group})\\S+ " : group);
            }
            else
            {
                var start = i;
                while (i < p.Length && p[i] is not (' ' or '|' or '(' or ')'))
                {
                    i++;
                }

                builder.Append(Word(p[start..i], line));
            }
        }

        return builder.ToString();
    }

    private static string Word(string word, int line) => word switch
    {
        ".." => @"(?:\S+ ){0,3}",
        "..." => @"(?:\S+ ){0,6}",
        "#" => @"(?:\d+ )+",
        "^" => "(?<=^ )",
        "$" => @"\z",
        _ when word.EndsWith('*') && word.Length > 1 => Literal(word[..^1], line, prefix: true),
        _ => Literal(word, line, prefix: false),
    };

    private static string Literal(string word, int line, bool prefix)
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

        return builder.ToString();
    }
}
