using System.Text.RegularExpressions;

namespace Sajag.Content;

/// <summary>A word that breaks the glossary's rule of one term for one idea, where it was found, and what to write instead.</summary>
public sealed record TermMisuse(string Word, string Instead, string Why, int Index);

/// <summary>One term for one idea: finds other renderings of a glossary term, and jargon, in any text.</summary>
public static class Terminology
{
    /// <summary>Every other rendering of a glossary term and every jargon word in <paramref name="text"/>.</summary>
    public static IReadOnlyList<TermMisuse> Find(string text, Glossary glossary)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(glossary);
        var found = new List<TermMisuse>();
        foreach (var term in glossary.Terms)
        {
            foreach (var (language, words) in term.Avoid)
            {
                foreach (var word in words)
                {
                    foreach (var at in Occurrences(text, word))
                    {
                        found.Add(new TermMisuse(word, term.Term.In(language),
                            $"another rendering of the glossary term '{term.Id}' (one term for one idea)", at));
                    }
                }
            }
        }

        foreach (var plain in glossary.Jargon)
        {
            foreach (var at in Occurrences(text, plain.Word))
            {
                found.Add(new TermMisuse(plain.Word, plain.Instead, "a word a 13-year-old may not know", at));
            }
        }

        return found.OrderBy(f => f.Index).ToList();
    }

    // A space in a word matches any run of white space, so a rendering that a YAML block wraps onto
    // the next line (after its indentation) is found too.
    private static IEnumerable<int> Occurrences(string text, string word) =>
        Regex.Matches(text, string.Join(@"\s+", word.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape)), RegexOptions.CultureInvariant)
            .Select(m => m.Index);

    /// <summary>Reports, at its file, line and column, every misuse in the pack's YAML files (the glossary itself excepted).</summary>
    internal static void Check(string root, Glossary glossary, ErrorSink sink)
    {
        var files = Directory.GetFiles(root, "*.yaml", SearchOption.AllDirectories)
            .Where(f => !string.Equals(Path.GetRelativePath(root, f), "glossary.yaml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            // The whole file at once: a rendering may start on one line and end on the next.
            var text = File.ReadAllText(file);
            foreach (var misuse in Find(text, glossary))
            {
                var line = 1 + text.AsSpan(0, misuse.Index).Count('\n');
                var column = misuse.Index - (text.LastIndexOf('\n', Math.Max(misuse.Index - 1, 0)) + 1) + 1;
                sink.Add(file, new YamlDotNet.Core.Mark(0, line, column), $"'{misuse.Word}' is {misuse.Why}: write '{misuse.Instead}'");
            }
        }
    }
}

/// <summary>How a note written for the facilitator begins, in each language of the default pack.</summary>
internal static class StaffNoteMarkers
{
    private static readonly string[] Markers = ["A good discussion", "ভালো আলোচনায়"];

    public static bool ContainedIn(string text) => Markers.Any(m => text.Contains(m, StringComparison.OrdinalIgnoreCase));
}
